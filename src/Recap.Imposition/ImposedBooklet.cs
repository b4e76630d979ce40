using Recap.Frames;

namespace Recap.Imposition;

/// <summary>The sides to print, and how the pages fit on them.</summary>
/// <param name="Document">One page per sheet side, in printing order; export it like any other document.</param>
/// <param name="Sheet">The sheet size in landscape.</param>
/// <param name="Scale">How the booklet pages were scaled (1 for full size).</param>
/// <param name="Note">A sentence for the user when the pages are not printed at full size; null otherwise.</param>
public sealed record ImposedBooklet(PagedDocument Document, Size Sheet, double Scale, string? Note);
