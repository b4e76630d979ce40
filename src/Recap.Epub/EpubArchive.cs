using System.Text;
using Recap.Spooling;

namespace Recap.Epub;

/// <summary>
/// The zip container (OCF): <c>mimetype</c> first and stored, then entries in the order they are added,
/// all with one timestamp and one compression level, so that the same book gives the same bytes. The
/// book goes to its stream from start to end, never seeking back: any stream will do.
/// </summary>
internal sealed class EpubArchive
{
    private const string MimeType = "application/epub+zip";

    // Zip (DOS) times cover 1980–2107; an earlier SOURCE_DATE_EPOCH (0 is common) clamps to the first.
    private static readonly DateTime FirstDosTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime LastDosTime = new(2107, 12, 31, 23, 59, 58, DateTimeKind.Unspecified);

    private readonly ZipEntries _entries;
    private readonly DateTime _timestamp;

    public EpubArchive(Stream output, DateTimeOffset modified)
    {
        var utc = modified.UtcDateTime;
        _timestamp = utc < FirstDosTime ? FirstDosTime : utc > LastDosTime ? LastDosTime : utc;
        _entries = new ZipEntries(output.Write, _timestamp);
        using var mimetype = _entries.Open("mimetype", store: true);
        mimetype.Write(Encoding.ASCII.GetBytes(MimeType));
    }

    /// <summary>
    /// Opens a new entry, deflated at zlib's best level (the ebook is mailed to every attendee, so
    /// bytes matter more than the few milliseconds), for writing; dispose the stream before adding the next.
    /// </summary>
    public Stream Open(string path) => _entries.Open(path);

    public void Add(string path, ReadOnlySpan<byte> bytes) => _entries.Add(path, bytes);

    /// <summary>
    /// Entries to be written ahead into <paramref name="spool"/>, deflated as this archive deflates,
    /// and appended later with <see cref="Append"/>: what must come after entries not yet known.
    /// </summary>
    public ZipEntries Ahead(Spool spool) => new(spool.Write, _timestamp);

    /// <summary>Copies in the entries written ahead into <paramref name="spool"/>.</summary>
    public void Append(ZipEntries ahead, Spool spool) => _entries.Append(ahead, spool);

    /// <summary>Writes the central directory: the book is complete.</summary>
    public void Finish() => _entries.Finish();
}
