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
            // A plain switch, not Inline.Switch, which allocates a closure and a delegate per kind for every
            // inline; the default arm keeps its guarantee that a new kind is not silently skipped.
            switch (inline)
            {
                case Text text:
                    yield return text.Value;
                    break;
                case Emphasis emphasis:
                    foreach (var piece in Pieces(emphasis.Content))
                    {
                        yield return piece;
                    }

                    break;
                case Strong strong:
                    foreach (var piece in Pieces(strong.Content))
                    {
                        yield return piece;
                    }

                    break;
                case InlineCode code:
                    yield return code.Value;
                    break;
                case Link link:
                    foreach (var piece in Pieces(link.Content))
                    {
                        yield return piece;
                    }

                    break;
                case Handle handle:
                    yield return handle.Name;
                    break;
                case LineBreak:
                    yield return " ";
                    break;
                case FootnoteReference:
                    break;
                default:
                    throw new UnreachableException($"InlineText has no text for {inline.GetType().Name}.");
            }
        }
    }
}
