namespace Recap.Pdf;

/// <summary>How <see cref="PdfExporter"/> writes.</summary>
public sealed record PdfOptions
{
    /// <summary>
    /// Leave content streams, ToUnicode maps and metadata uncompressed so the file reads as text
    /// (for tests and debugging). Font programs and images stay compressed.
    /// </summary>
    public bool Pretty { get; init; }

    /// <summary>
    /// The export is the document's last reader: it takes the pages (<see cref="Frames.PagedDocument.TakePages"/>),
    /// makes each that is made on reading as it reaches it and lets it go once written, so a booklet's frames
    /// are never all held. Only when nothing else (an imposition, previews) needs the pages afterwards or meanwhile.
    /// </summary>
    public bool ReleasePages { get; init; }
}
