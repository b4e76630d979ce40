using Recap.Model;

namespace Recap.Markdown.BookFile;

/// <summary>One file name listed under <c>order</c> in book.yml, with its place for problems.</summary>
internal sealed record OrderEntry(string FileName, SourceSpan Source);
