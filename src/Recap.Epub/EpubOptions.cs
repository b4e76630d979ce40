namespace Recap.Epub;

/// <summary>How to write an EPUB.</summary>
/// <param name="ThemeFolder">The theme folder (<c>styles/default</c>): <c>epub.css</c> and the <c>fonts/*.ttf</c> it names.</param>
/// <param name="Modified">The book's <c>dcterms:modified</c> and every zip entry's time; the caller resolves it
/// (SOURCE_DATE_EPOCH, else the content's newest file time) so that rebuilding unchanged content gives the same bytes.</param>
public sealed record EpubOptions(string ThemeFolder, DateTimeOffset Modified);
