namespace Recap.Pdf;

/// <summary>How <see cref="PdfExporter"/> writes.</summary>
public sealed record PdfOptions
{
    /// <summary>
    /// Leave content streams, ToUnicode maps and metadata uncompressed so the file reads as text
    /// (for tests and debugging). Font programs and images stay compressed.
    /// </summary>
    public bool Pretty { get; init; }
}
