using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;

namespace Recap.Pdf.Objects;

/// <summary>
/// Writes numbered objects into one file, then the cross-reference section.
/// Ids are handed out in call order and the callers walk the document in a fixed order, so the
/// same document always gets the same numbering. Objects written as they are (dictionaries in pretty
/// mode, JPEG pictures, the XMP metadata) go to the output as they come. Compressed streams are deflated
/// on the thread pool while the caller goes on, a few at a time, and go to the output in the order they
/// were given, each once a fixed number of later ones has been given (waiting for it then if it is not
/// deflated yet): so where each lands depends only on the calls, never on how the deflating interleaves
/// or how many cores there are, and the bytes are the same every time. What grows with the document is
/// an entry an object, and the object streams' packed dictionaries, which <see cref="Finish"/> writes
/// before the cross-reference section. When compressing, dictionaries go into object streams and the
/// cross-reference section is a stream too (PDF 1.5 and later); in pretty mode every object and the
/// xref table stay readable.
/// </summary>
internal sealed class ObjectWriter
{
    // A fixed level so the same input gives the same bytes (with the runtime's bundled zlib).
    private const CompressionLevel Level = CompressionLevel.Optimal;

    // The file goes to its output in pieces of about this size.
    private const int FlushAt = 64 * 1024;

    // A stream goes to the output once this many follow it: a constant, so where each lands, and the file, is the
    // same on every machine, whatever its cores (on 2 cores, twice the streams the exporter lets deflate at once).
    private const int WrittenBehind = 16;

    private readonly List<XrefEntry> _xref = [XrefEntry.Free];

    // The file not yet sent to the output.
    private readonly PdfBuffer _file = new(FlushAt);
    private readonly Stream _output;
    private XxHash128? _sent;
    private long _sentLength;

    // Streams given and not yet written, in the order given, deflated or deflating; how many deflate on the pool.
    private readonly Queue<Deflating> _deflating = new();
    private readonly int _window;
    private int _onPool;

    // Full object streams, deflated (their ids are allocated by Finish, after every other object), and the one filling.
    private readonly List<(int[] Ids, byte[] Entries, byte[] Data)> _objectStreams = [];
    private readonly ObjectStream _packing = new();
    private bool _dictionaryOpen;

    // Each pool thread deflates into its own stream, reused: only the compressed bytes kept are allocated.
    [ThreadStatic]
    private static MemoryStream? t_deflated;

    /// <param name="window">How many streams may deflate on the pool at once: enough to keep the other cores busy
    /// while the caller draws the next pages, few enough that the copies waiting do not grow with the document.
    /// Past it, the caller deflates the next stream itself rather than wait.</param>
    public ObjectWriter(bool compressContent, Stream output, int window)
    {
        _window = window;
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

    /// <summary>Queues a deflate, and writes the oldest once <see cref="WrittenBehind"/> follow it: a count, so the same calls write the same file.</summary>
    private void Enqueue(Deflating deflating)
    {
        _deflating.Enqueue(deflating);
        while (_deflating.Count > WrittenBehind)
        {
            Write(_deflating.Dequeue());
        }
    }

    /// <summary>On the thread pool, unless a window of streams is deflating there: then here, which beats waiting.</summary>
    private Task<byte[]> DeflateNowOrLater(ReadOnlySpan<byte> data) =>
        Volatile.Read(ref _onPool) >= _window ? Task.FromResult(Deflate(data)) : DeflateLater(data);

    /// <summary>Writes a deflated stream, waiting for its deflating; an object stream waits for <see cref="Finish"/>, which numbers it.</summary>
    private void Write(Deflating deflating)
    {
        var body = deflating.Body.GetAwaiter().GetResult();
        if (deflating.ObjectIds is { } ids)
        {
            _objectStreams.Add((ids, deflating.Entries!, body));
            return;
        }

        _xref[deflating.Id] = XrefEntry.InFile(Offset);
        _file.Int(deflating.Id).Ascii(" 0 obj\n");
        WriteStream(deflating.Entries, body, compressed: true);
        End();
    }

    /// <summary>Deflates a copy of <paramref name="data"/> on the thread pool; the copy is pooled, returned once deflated.</summary>
    private Task<byte[]> DeflateLater(ReadOnlySpan<byte> data)
    {
        var copy = ArrayPool<byte>.Shared.Rent(data.Length);
        data.CopyTo(copy);
        var length = data.Length;
        Interlocked.Increment(ref _onPool);
        return Task.Run(() =>
        {
            try
            {
                return Deflate(copy.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(copy);
                Interlocked.Decrement(ref _onPool);
            }
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
            Write(_deflating.Dequeue());
        }

        var missing = _xref.FindIndex(1, entry => entry == XrefEntry.Unwritten);
        if (missing > 0)
        {
            throw new InvalidOperationException($"object {missing} was allocated but never written");
        }

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

    /// <summary>A stream deflating: a stream object's, or (with <see cref="ObjectIds"/>) an object stream's.</summary>
    private sealed record Deflating(int Id, byte[]? Entries, Task<byte[]> Body, int[]? ObjectIds);
}
