namespace Recap.Epub;

/// <summary>How to write an EPUB.</summary>
/// <param name="ThemeFolder">The theme folder (<c>styles/default</c>): <c>epub.css</c> and the <c>fonts/*.ttf</c> it names.</param>
/// <param name="Modified">The book's <c>dcterms:modified</c> and every zip entry's time; the caller resolves it
/// (SOURCE_DATE_EPOCH, else the content's newest file time) so that rebuilding unchanged content gives the same bytes.</param>
/// <param name="Print">The print edition's pages: when given, the text carries a page-break marker where each
/// page begins, the navigation a page list, and the package names the source. Null for an ebook on its own.</param>
/// <param name="CoverPicture">The cover as a PNG when the content names none: the booklet's cover page drawn by
/// the caller (<c>Recap.Raster.EbookCover</c>), so both editions show one design. Unused when the content gives a cover.</param>
public sealed record EpubOptions(string ThemeFolder, DateTimeOffset Modified, PrintPagination? Print = null, byte[]? CoverPicture = null);
