using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;
using Recap.Spooling;

namespace Recap.Pdf.Objects;

/// <summary>
/// Writes numbered objects into one file, then the cross-reference section.
/// Ids are handed out in call order and the callers walk the document in a fixed order, so the
/// same document always gets the same numbering. Objects written as they are (dictionaries in pretty
/// mode, JPEG pictures, the XMP metadata) go to the output as they come. Compressed streams are deflated
/// on the thread pool while the caller goes on, a few at a time, and come after those in the file, in the
/// order they were given: each is set aside in a <see cref="Spool"/> once deflated, and <see cref="Finish"/>
/// sends them, then the object streams and the cross-reference section. So the bytes are the same
/// however the deflating interleaves, and a long document's deflated pages wait on disk, not in memory
/// (what grows with the document is an entry an object, and the object streams' packed dictionaries).
/// When compressing, dictionaries go into object streams and the cross-reference section is a
/// stream too (PDF 1.5 and later); in pretty mode every object and the xref table stay readable.
/// </summary>
internal sealed class ObjectWriter : IDisposable
{
    // A fixed level so the same input gives the same bytes (with the runtime's bundled zlib).
    private const CompressionLevel Level = CompressionLevel.Optimal;

    // The file goes to its output in pieces of about this size.
    private const int FlushAt = 64 * 1024;

    // Streams waiting to be deflated or set aside: enough to keep the other cores busy while the caller
    // draws the next pages, few enough that the copies waiting do not grow with the document. Past it,
    // the caller deflates the next stream itself rather than wait; past twice as many, it waits.
    private static readonly int Window = 4 * Environment.ProcessorCount;

    private readonly List<XrefEntry> _xref = [XrefEntry.Free];

    // The file not yet sent to the output.
    private readonly PdfBuffer _file = new(FlushAt);
    private readonly Stream _output;
    private XxHash128? _sent;
    private long _sentLength;

    // Streams deflating, in the order given; then, deflated, the stream objects waiting for the end of the
    // objects written as they are (their offsets counted from the spool's start until then).
    private readonly Queue<Deflating> _deflating = new();
    // 8 MB in memory: no file to make for GopherFest or 200 talks (3 MB of streams); 2,000 talks spill.
    private readonly Spool _deflated = new(8 * 1024 * 1024);
    private readonly List<int> _spooled = [];
    private readonly PdfBuffer _head = new(256);

    // Full object streams, deflated (their ids are allocated by Finish, after every other object), and the one filling.
    private readonly List<(int[] Ids, byte[] Entries, byte[] Data)> _objectStreams = [];
    private readonly ObjectStream _packing = new();
    private bool _dictionaryOpen;

    // Each pool thread deflates into its own stream, reused: only the compressed bytes kept are allocated.
    [ThreadStatic]
    private static MemoryStream? t_deflated;

    public ObjectWriter(bool compressContent, Stream output)
    {
        CompressContent = compressContent;
        _output = output;
        // /ID only tells files apart (ISO 32000 14.4): a fast 128-bit hash of the bytes is enough, and loads no
        // OpenSSL (~10 ms of a 0.1 s build; SHA-256 also cost 2,000 talks' 33 MB ~0.1 s on the writing thread).
        _sent = new XxHash128();
        // Header, then a comment of high bytes so transfer tools treat the file as binary.
        _file.Ascii("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Line();
    }

    /// <summary>False in pretty mode: content, CMaps and metadata stay readable.</summary>
    public bool CompressContent { get; }

    /// <summary>Reserves the next object id.</summary>
    public int Allocate()
    {
        _xref.Add(XrefEntry.Unwritten);
        return _xref.Count - 1;
    }

    /// <summary>Where the next byte written goes in the file.</summary>
    private long Offset => _sentLength + _file.Length;

    /// <summary>Starts object <paramref name="id"/> and returns the buffer to write its body into.</summary>
    public PdfBuffer Begin(int id)
    {
        Claim(id, default);
        _xref[id] = XrefEntry.InFile(Offset);
        return _file.Int(id).Ascii(" 0 obj\n");
    }

    public void End()
    {
        _file.Ascii("\nendobj\n");
        if (_file.Length >= FlushAt)
        {
            Send();
        }
    }

    private void Claim(int id, XrefEntry entry)
    {
        if (_xref[id] != XrefEntry.Unwritten)
        {
            throw new InvalidOperationException($"object {id} written twice");
        }

        _xref[id] = entry;
    }

    /// <summary>Writes a whole dictionary object from the given body (without the surrounding &lt;&lt; &gt;&gt;).</summary>
    public void Dictionary(int id, PdfBuffer body)
    {
        BeginDictionary(id).Raw(body.Span);
        EndDictionary();
    }

    /// <summary>
    /// Starts dictionary object <paramref name="id"/> and returns the buffer to write its body into
    /// (without the surrounding &lt;&lt; &gt;&gt;), until <see cref="EndDictionary"/>; nothing else may be
    /// written meanwhile. The many small dictionaries (structure elements, annotations, pages) need no buffer of their own.
    /// </summary>
    public PdfBuffer BeginDictionary(int id)
    {
        if (_dictionaryOpen)
        {
            throw new InvalidOperationException($"object {id} started inside another dictionary");
        }

        _dictionaryOpen = true;
        if (CompressContent)
        {
            // Placed in an object stream; its entry is set when the stream is written.
            Claim(id, default);
            return _packing.Begin(id);
        }

        return Begin(id).Ascii("<<");
    }

    public void EndDictionary()
    {
        _dictionaryOpen = false;
        if (!CompressContent)
        {
            _file.Ascii(">>");
            End();
            return;
        }

        _packing.End();
        if (_packing.IsFull)
        {
            SealObjectStream();
        }
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
            // Claimed now, so that a stream given twice is found at once.
            Claim(id, default);
            Enqueue(new Deflating(id, extraEntries?.Span.ToArray(), DeflateNowOrLater(data), null));
            return;
        }

        Begin(id);
        WriteStream(extraEntries is null ? default : extraEntries.Span, data, compressed: false);
        End();
    }

    /// <summary>Queues a deflate, and sets aside the oldest ones done (waiting for the oldest only when far behind).</summary>
    private void Enqueue(Deflating deflating)
    {
        _deflating.Enqueue(deflating);
        while (_deflating.Count > 2 * Window || (_deflating.Count > 0 && _deflating.Peek().Body.IsCompleted))
        {
            SetAside(_deflating.Dequeue());
        }
    }

    /// <summary>On the thread pool, unless the pool is a window behind: then here, which beats waiting.</summary>
    private Task<byte[]> DeflateNowOrLater(ReadOnlySpan<byte> data) =>
        _deflating.Count >= Window ? Task.FromResult(Deflate(data)) : DeflateLater(data);

    private void SetAside(Deflating deflating)
    {
        var body = deflating.Body.GetAwaiter().GetResult();
        if (deflating.ObjectIds is { } ids)
        {
            _objectStreams.Add((ids, deflating.Entries!, body));
            return;
        }

        _xref[deflating.Id] = XrefEntry.InFile(_deflated.Length);
        _spooled.Add(deflating.Id);
        _head.Clear();
        StreamHead(_head.Int(deflating.Id).Ascii(" 0 obj\n"), deflating.Entries, body.Length, compressed: true);
        _deflated.Write(_head.Span);
        _deflated.Write(body);
        _deflated.Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>Deflates a copy of <paramref name="data"/> on the thread pool; the copy is pooled, returned once deflated.</summary>
    private static Task<byte[]> DeflateLater(ReadOnlySpan<byte> data)
    {
        var copy = ArrayPool<byte>.Shared.Rent(data.Length);
        data.CopyTo(copy);
        var length = data.Length;
        return Task.Run(() =>
        {
            var deflated = Deflate(copy.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(copy);
            return deflated;
        });
    }

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        var compressed = t_deflated ??= new MemoryStream();
        compressed.SetLength(0);
        using (var zlib = new ZLibStream(compressed, Level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }

    private void SealObjectStream()
    {
        var (entries, data) = _packing.Seal();
        Enqueue(new Deflating(0, entries.Span.ToArray(), DeflateNowOrLater(data.Span), [.. _packing.Ids]));
        _packing.Clear();
    }

    /// <summary>A stream object's dictionary and data, after its header.</summary>
    private void WriteStream(ReadOnlySpan<byte> extraEntries, ReadOnlySpan<byte> body, bool compressed)
    {
        StreamHead(_file, extraEntries, body.Length, compressed);
        if (body.Length < FlushAt)
        {
            _file.Raw(body);
        }
        else
        {
            // A large stream goes to the output as it is, not through the buffer.
            Send();
            Send(body);
        }

        _file.Ascii("\nendstream");
    }

    private static void StreamHead(PdfBuffer into, ReadOnlySpan<byte> extraEntries, int length, bool compressed)
    {
        into.Ascii("<<").Raw(extraEntries);
        if (compressed)
        {
            into.Ascii("/Filter/FlateDecode");
        }

        into.Ascii("/Length ").Int(length).Ascii(">>\nstream\n");
    }

    /// <summary>Sends what the buffer holds to the output, hashing it for the file's /ID until the hash is taken.</summary>
    private void Send()
    {
        Send(_file.Span);
        _file.Clear();
    }

    private void Send(ReadOnlySpan<byte> bytes)
    {
        _sent?.Append(bytes);
        _output.Write(bytes);
        _sentLength += bytes.Length;
    }

    /// <summary>
    /// Ends the file: after what is written so far, the deflated streams, the object streams and the
    /// cross-reference section with /ID from a hash of everything before it.
    /// </summary>
    public void Finish(int catalogId, int infoId)
    {
        if (_packing.Ids.Count > 0)
        {
            SealObjectStream();
        }

        while (_deflating.Count > 0)
        {
            SetAside(_deflating.Dequeue());
        }

        var missing = _xref.FindIndex(1, entry => entry == XrefEntry.Unwritten);
        if (missing > 0)
        {
            throw new InvalidOperationException($"object {missing} was allocated but never written");
        }

        // The objects written as they are end here: the deflated streams follow them.
        Send();
        foreach (var spooled in _spooled)
        {
            _xref[spooled] = XrefEntry.InFile(_sentLength + _xref[spooled].Location);
        }

        _deflated.ReadAll(Send);
        WriteObjectStreams();
        Send();
        var id = _sent!.GetCurrentHash();
        _sent = null;
        var trailer = new PdfBuffer(128).Ascii("/Root ").Ref(catalogId)
            .Ascii("/Info ").Ref(infoId)
            .Ascii("/ID[").HexBytes(id).HexBytes(id).Ascii("]");
        var xref = CompressContent ? WriteXrefStream(trailer) : WriteXrefTable(trailer);
        _file.Ascii("startxref\n").Int(xref).Ascii("\n%%EOF\n");
        Send();
    }

    private void WriteObjectStreams()
    {
        foreach (var (ids, entries, data) in _objectStreams)
        {
            var stream = Allocate();
            Begin(stream);
            WriteStream(entries, data, compressed: true);
            End();
            for (var index = 0; index < ids.Length; index++)
            {
                _xref[ids[index]] = XrefEntry.InObjectStream(stream, index);
            }
        }
    }

    private long WriteXrefTable(PdfBuffer trailer)
    {
        var xref = Offset;
        _file.Ascii("xref\n0 ").Int(_xref.Count).Ascii("\n0000000000 65535 f \n");
        for (var i = 1; i < _xref.Count; i++)
        {
            _file.Ascii(_xref[i].Location.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Ascii(" 00000 n \n");
        }

        _file.Ascii("trailer\n<</Size ").Int(_xref.Count).Raw(trailer.Span).Ascii(">>\n");
        return xref;
    }

    private long WriteXrefStream(PdfBuffer trailer)
    {
        // The stream lists itself, at the offset it is about to be written at.
        var self = Allocate();
        var xref = Offset;
        _xref[self] = XrefEntry.InFile(xref);
        var (rows, width) = XrefStream.Encode(_xref);
        var entries = new PdfBuffer(192).Ascii("/Type/XRef/Size ").Int(_xref.Count)
            .Ascii("/W[1 ").Int(width).Ascii(" 2]").Raw(trailer.Span)
            .Ascii("/DecodeParms<</Predictor 12/Columns ").Int(1 + width + 2).Ascii(">>");
        _file.Int(self).Ascii(" 0 obj\n");
        WriteStream(entries.Span, Deflate(rows), compressed: true);
        End();
        return xref;
    }

    public void Dispose() => _deflated.Dispose();

    /// <summary>A stream deflating: a stream object's, or (with <see cref="ObjectIds"/>) an object stream's.</summary>
    private sealed record Deflating(int Id, byte[]? Entries, Task<byte[]> Body, int[]? ObjectIds);
}
