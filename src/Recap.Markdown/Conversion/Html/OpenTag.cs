using Recap.Model;

namespace Recap.Markdown.Conversion.Html;

/// <summary>An inline HTML open tag waiting for its close tag: where in which run its content starts.</summary>
internal sealed record OpenTag(string Name, List<Inline> Output, int Start, string? Href, SourceSpan Source);
