namespace Recap.Pdf.Objects;

/// <summary>
/// Packs dictionary objects into one object stream (PDF 1.7, 7.5.7): a header of "id offset" pairs,
/// then the objects, deflated together. Most of a booklet's dictionaries (pages, annotations, the
/// structure tree) are short and alike, so they compress several times better together than apart.
/// </summary>
internal static class ObjectStream
{
    /// <summary>Objects per stream, as qpdf packs them: a reader inflates one stream to reach one object.</summary>
    public const int Capacity = 100;

    /// <summary>The stream's extra dictionary entries and its uncompressed data.</summary>
    public static (PdfBuffer Entries, PdfBuffer Data) Pack(IReadOnlyList<(int Id, byte[] Body)> objects)
    {
        var header = new PdfBuffer(objects.Count * 12);
        var bodies = new PdfBuffer(objects.Sum(o => o.Body.Length + 1));
        foreach (var (id, body) in objects)
        {
            header.Int(id).Space().Int(bodies.Length).Space();
            bodies.Raw(body).Line();
        }

        var entries = new PdfBuffer(48).Ascii("/Type/ObjStm/N ").Int(objects.Count).Ascii("/First ").Int(header.Length);
        return (entries, header.Raw(bodies.Span));
    }
}
