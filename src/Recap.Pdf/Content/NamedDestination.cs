namespace Recap.Pdf.Content;

/// <summary>A named place: the page object and the point in PDF coordinates (y up) the viewer scrolls to.</summary>
internal readonly record struct NamedDestination(string Name, int PageId, double Left, double Top);
