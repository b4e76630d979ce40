using System.IO.Compression;
using System.Text;

namespace Recap.Epub;

/// <summary>
/// The zip container (OCF): <c>mimetype</c> first and stored, then entries in the order they are added,
/// all with one timestamp and one compression level, so that the same book gives the same bytes.
/// </summary>
internal sealed class EpubArchive : IDisposable
{
    private const string MimeType = "application/epub+zip";

    // Zip (DOS) times cover 1980–2107; an earlier SOURCE_DATE_EPOCH (0 is common) clamps to the first.
    private static readonly DateTime FirstDosTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime LastDosTime = new(2107, 12, 31, 23, 59, 58, DateTimeKind.Unspecified);

    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _timestamp;

    /// <param name="output">A seekable stream, so that entry sizes go in the local headers (no data descriptors).</param>
    public EpubArchive(Stream output, DateTimeOffset modified)
    {
        if (!output.CanSeek)
        {
            throw new ArgumentException("The archive needs a seekable stream.", nameof(output));
        }

        var utc = modified.UtcDateTime;
        var clock = utc < FirstDosTime ? FirstDosTime : utc > LastDosTime ? LastDosTime : utc;
        _timestamp = new DateTimeOffset(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified), TimeSpan.Zero);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        using var mimetype = Open("mimetype", CompressionLevel.NoCompression);
        mimetype.Write(Encoding.ASCII.GetBytes(MimeType));
    }

    /// <summary>
    /// Opens a new entry, deflated at zlib's best level (the ebook is mailed to every attendee, so
    /// bytes matter more than the few milliseconds), for writing; dispose the stream before adding the next.
    /// </summary>
    public Stream Open(string path) => Open(path, CompressionLevel.SmallestSize);

    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        using var stream = Open(path);
        stream.Write(bytes);
    }

    public void Dispose() => _zip.Dispose();

    private Stream Open(string path, CompressionLevel level)
    {
        var entry = _zip.CreateEntry(path, level);
        entry.LastWriteTime = _timestamp;
        return entry.Open();
    }
}
