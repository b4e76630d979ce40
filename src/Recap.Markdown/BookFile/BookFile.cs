using Recap.Model;

namespace Recap.Markdown.BookFile;

/// <summary>book.yml, read: the resolved metadata and the explicit write-up order, if any.</summary>
/// <param name="PartialMeta">The metadata while the write-ups are read, but for an identifier still being derived: its
/// <see cref="BookMeta.Identifier"/> is then empty. What the publication keeps is <see cref="Complete"/>.</param>
/// <param name="Identifier">
/// The identifier as given, or being derived on the thread pool: the hash loads OpenSSL (10–20 ms),
/// which need not hold up reading the write-ups. <see cref="Complete"/> puts it into the metadata.
/// </param>
internal sealed record BookFile(BookMeta PartialMeta, IReadOnlyList<OrderEntry>? Order, Task<string> Identifier)
{
    /// <summary>The metadata with its identifier.</summary>
    public BookMeta Complete() => PartialMeta with { Identifier = Identifier.GetAwaiter().GetResult() };
}
