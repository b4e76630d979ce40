using Markdig.Syntax.Inlines;

namespace Recap.Markdown.Extensions.Handles;

/// <summary>A speaker handle (<c>@bmizerany</c>) found in running text.</summary>
internal sealed class HandleInline : LeafInline
{
    /// <summary>The handle as written, with its <c>@</c>.</summary>
    public required string Name { get; init; }
}
