namespace Recap.Model;

/// <summary>
/// The whole document, read once and rendered by every writer (pandoc's <c>Pandoc Meta [Block]</c>).
/// Nothing else crosses from readers to writers.
/// </summary>
/// <param name="ContentFolder">Absolute path of the content folder the publication was read from.</param>
/// <param name="ContentModified">The newest modification time of any content file: the default build date.</param>
public sealed record Publication(
    BookMeta Meta,
    IReadOnlyList<WriteUp> WriteUps,
    string ContentFolder,
    DateTimeOffset ContentModified)
{
    /// <summary>The publication's slug, used to name output files.</summary>
    public string Slug => Model.Slug.From(Meta.Title);
}
