namespace Recap.Pdf.Objects;

/// <summary>
/// Packs dictionary objects into one object stream (PDF 1.7, 7.5.7): a header of "id offset" pairs,
/// then the objects, deflated together. Most of a booklet's dictionaries (pages, annotations, the
/// structure tree) are short and alike, so they compress several times better together than apart.
/// Objects are appended as they are written, so no object is held on its own.
/// </summary>
internal sealed class ObjectStream
{
    /// <summary>Objects per stream, as qpdf packs them: a reader inflates one stream to reach one object.</summary>
    private const int Capacity = 100;

    private readonly PdfBuffer _header = new(Capacity * 12);
    private readonly PdfBuffer _bodies = new(Capacity * 160);

    /// <summary>The objects' ids, in the order they were added.</summary>
    public List<int> Ids { get; } = new(Capacity);

    public bool IsFull => Ids.Count == Capacity;

    /// <summary>Adds dictionary <paramref name="id"/>: returns the buffer to write its body into, until <see cref="End"/>.</summary>
    public PdfBuffer Begin(int id)
    {
        _header.Int(id).Space().Int(_bodies.Length).Space();
        Ids.Add(id);
        return _bodies.Ascii("<<");
    }

    public void End() => _bodies.Ascii(">>").Line();

    /// <summary>
    /// The stream's extra dictionary entries and its uncompressed data: the header, then the objects
    /// (appended to the header, whose length /First gives, so the two are made together). Read both
    /// before <see cref="Clear"/>.
    /// </summary>
    public (PdfBuffer Entries, PdfBuffer Data) Seal()
    {
        var entries = new PdfBuffer(48).Ascii("/Type/ObjStm/N ").Int(Ids.Count).Ascii("/First ").Int(_header.Length);
        return (entries, _header.Raw(_bodies.Span));
    }

    /// <summary>Empties the stream for the next objects, keeping its buffers.</summary>
    public void Clear()
    {
        _header.Clear();
        _bodies.Clear();
        Ids.Clear();
    }
}
