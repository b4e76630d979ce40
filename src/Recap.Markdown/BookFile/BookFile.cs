using Recap.Model;

namespace Recap.Markdown.BookFile;

/// <summary>book.yml, read: the resolved metadata, its identifier included, and the explicit write-up order, if any.</summary>
internal sealed record BookFile(BookMeta Meta, IReadOnlyList<OrderEntry>? Order);
