using Recap.Fonts;
using Recap.Theming;

namespace Recap.Epub;

/// <summary>How to write an EPUB.</summary>
/// <param name="Theme">The theme as the booklet read it (<c>styles/default/theme.yml</c>): its folder holds <c>epub.css</c>, a
/// template over its values, and the <c>fonts/*.ttf</c> the stylesheet names.</param>
/// <param name="Modified">The book's <c>dcterms:modified</c> and every zip entry's time; the caller resolves it
/// (SOURCE_DATE_EPOCH, else the content's newest file time) so that rebuilding unchanged content gives the same bytes.</param>
/// <param name="Print">The print edition's pages: when given, the text carries a page-break marker where each
/// page begins, the navigation a page list, and the package names the source. Null for an ebook on its own.</param>
/// <param name="CoverPicture">The cover as a PNG when the content names none: the booklet's cover page drawn by
/// the caller (<c>Recap.Raster.EbookCover</c>), so both editions show one design. Unused when the content gives a cover.
/// It may still be being drawn: the writer waits for it only when it adds it, as the book's last entry.</param>
/// <param name="SystemFonts">The machine's faces the booklet draws characters the theme's fonts lack with: the book carries
/// those it needs. Null when system fonts are off (<c>--no-system-fonts</c>): such characters are left to the reader's fonts.</param>
/// <param name="LoadedFaces">Faces the caller has loaded already (the theme's, for the booklet): a font file the book embeds (the stylesheet's or a fallback)
/// that is one of them is cut from it rather than read again. The writer does not dispose them.</param>
public sealed record EpubOptions(
    ThemeSettings Theme,
    DateTimeOffset Modified,
    PrintPagination? Print = null,
    Task<byte[]>? CoverPicture = null,
    SystemFonts? SystemFonts = null,
    IReadOnlyList<FontFace>? LoadedFaces = null);
