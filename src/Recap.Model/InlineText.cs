using System.Text;

namespace Recap.Model;

/// <summary>The plain text of inline content, for alt text, outlines, metadata and tests.</summary>
public static class InlineText
{
    public static string Plain(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text: builder.Append(text.Value); break;
                case InlineCode code: builder.Append(code.Value); break;
                case Emphasis emphasis: Append(builder, emphasis.Content); break;
                case Strong strong: Append(builder, strong.Content); break;
                case Link link: Append(builder, link.Content); break;
                case Handle handle: builder.Append(handle.Name); break;
                case LineBreak: builder.Append(' '); break;
                case FootnoteReference: break;
                default: throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}");
            }
        }
    }
}
