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
            inline.Switch(
                text: text => builder.Append(text.Value),
                emphasis: emphasis => Append(builder, emphasis.Content),
                strong: strong => Append(builder, strong.Content),
                inlineCode: code => builder.Append(code.Value),
                link: link => Append(builder, link.Content),
                handle: handle => builder.Append(handle.Name),
                lineBreak: _ => builder.Append(' '),
                footnoteReference: _ => { });
        }
    }
}
