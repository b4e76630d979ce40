using System.IO.Compression;
using System.Security.Cryptography;

namespace Recap.Pdf.Objects;

/// <summary>
/// Writes numbered objects into one in-memory file, then the cross-reference table and trailer.
/// Ids are handed out in call order and the callers walk the document in a fixed order, so the
/// same document always gets the same numbering. Compressed streams are deflated on the thread
/// pool while the caller goes on, and written, in the order they were given, by <see cref="Finish"/>.
/// </summary>
internal sealed class ObjectWriter
{
    // A fixed level so the same input gives the same bytes (with the runtime's bundled zlib).
    private const CompressionLevel Level = CompressionLevel.Optimal;

    private readonly List<long> _offsets = [0];
    private readonly PdfBuffer _file = new(1 << 20);
    private readonly List<(int Id, byte[]? Entries, Task<byte[]> Body)> _compressing = [];

    public ObjectWriter(bool compressContent)
    {
        CompressContent = compressContent;
        // Header, then a comment of high bytes so transfer tools treat the file as binary.
        _file.Ascii("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Line();
    }

    /// <summary>False in pretty mode: content, CMaps and metadata stay readable.</summary>
    public bool CompressContent { get; }

    /// <summary>Reserves the next object id.</summary>
    public int Allocate()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="id"/> and returns the buffer to write its body into.</summary>
    public PdfBuffer Begin(int id)
    {
        if (_offsets[id] >= 0)
        {
            throw new InvalidOperationException($"object {id} written twice");
        }

        _offsets[id] = _file.Length;
        return _file.Int(id).Ascii(" 0 obj\n");
    }

    public void End() => _file.Ascii("\nendobj\n");

    /// <summary>Writes a whole dictionary object from the given body (without the surrounding &lt;&lt; &gt;&gt;).</summary>
    public void Dictionary(int id, PdfBuffer body)
    {
        Begin(id).Ascii("<<").Raw(body.Span).Ascii(">>");
        End();
    }

    /// <summary>
    /// Writes a stream object. <paramref name="extraEntries"/> go into its dictionary beside /Length
    /// (and /Filter when compressed).
    /// </summary>
    public void Stream(int id, PdfBuffer? extraEntries, ReadOnlySpan<byte> data, bool compress)
    {
        if (compress)
        {
            // Deflating is most of a page's cost and needs nothing shared: it overlaps the next pages.
            var copy = data.ToArray();
            _compressing.Add((id, extraEntries?.Span.ToArray(), Task.Run(() => Deflate(copy))));
            return;
        }

        Write(id, extraEntries is null ? default : extraEntries.Span, data, compressed: false);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, Level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }

    private void Write(int id, ReadOnlySpan<byte> extraEntries, ReadOnlySpan<byte> body, bool compressed)
    {
        var buffer = Begin(id).Ascii("<<");
        buffer.Raw(extraEntries);
        if (compressed)
        {
            buffer.Ascii("/Filter/FlateDecode");
        }

        buffer.Ascii("/Length ").Int(body.Length).Ascii(">>\nstream\n").Raw(body).Ascii("\nendstream");
        End();
    }

    /// <summary>Writes the xref table and trailer, with /ID from a hash of everything before it, then copies the file out.</summary>
    public void Finish(int catalogId, int infoId, Stream output)
    {
        foreach (var (stream, entries, body) in _compressing)
        {
            Write(stream, entries, body.Result, compressed: true);
        }

        var missing = _offsets.FindIndex(1, offset => offset < 0);
        if (missing > 0)
        {
            throw new InvalidOperationException($"object {missing} was allocated but never written");
        }

        var id = SHA256.HashData(_file.Span)[..16];
        var xref = _file.Length;
        _file.Ascii("xref\n0 ").Int(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            _file.Ascii(_offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Ascii(" 00000 n \n");
        }

        _file.Ascii("trailer\n<</Size ").Int(_offsets.Count)
            .Ascii("/Root ").Ref(catalogId)
            .Ascii("/Info ").Ref(infoId)
            .Ascii("/ID[").HexBytes(id).HexBytes(id).Ascii("]>>\nstartxref\n").Int(xref).Ascii("\n%%EOF\n");
        output.Write(_file.Span);
    }
}
