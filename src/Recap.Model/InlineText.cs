using System.Diagnostics;

namespace Recap.Model;

/// <summary>The plain text of inline content, for alt text, outlines, metadata and tests.</summary>
public static class InlineText
{
    public static string Plain(IEnumerable<Inline> inlines) => string.Concat(Pieces(inlines));

    /// <summary>
    /// The plain text piece by piece, in order: what <see cref="Plain"/> joins, for a reader that may stop
    /// early (a paragraph's direction is its first strong character) without building the string.
    /// </summary>
    public static IEnumerable<string> Pieces(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            var (text, content) = PartsOf(inline);
            if (text is not null)
            {
                yield return text;
            }

            foreach (var piece in content is null ? [] : Pieces(content))
            {
                yield return piece;
            }
        }
    }

    // What an inline contributes: text of its own, or the inlines it wraps. A plain switch, not Inline.Switch,
    // which allocates a closure and a delegate per kind for every inline; the default arm keeps its
    // guarantee that a new kind is not silently skipped.
    private static (string? Text, IReadOnlyList<Inline>? Content) PartsOf(Inline inline) => inline switch
    {
        Text text => (text.Value, null),
        Emphasis emphasis => (null, emphasis.Content),
        Strong strong => (null, strong.Content),
        InlineCode code => (code.Value, null),
        Link link => (null, link.Content),
        Handle handle => (handle.Name, null),
        LineBreak => (" ", null),
        FootnoteReference => (null, null),
        _ => throw new UnreachableException($"InlineText has no text for {inline.GetType().Name}."),
    };
}
