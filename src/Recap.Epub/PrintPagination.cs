namespace Recap.Epub;

/// <summary>The pages of the print edition the ebook is tied to.</summary>
/// <param name="Source">Names the print edition (its title or file name): the package's <c>dc:source</c>
/// and <c>pageBreakSource</c>.</param>
/// <param name="Pages">The pages that carry content, in page order.</param>
public sealed record PrintPagination(string Source, IReadOnlyList<PrintPage> Pages);
