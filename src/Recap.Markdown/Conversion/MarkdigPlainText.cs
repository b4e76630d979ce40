using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Recap.Markdown.Extensions.Handles;
using Recap.Markdown.Typography;

namespace Recap.Markdown.Conversion;

/// <summary>The text of Markdig inlines as a reader sees it, for heading slugs before conversion.</summary>
internal static class MarkdigPlainText
{
    public static string Of(ContainerInline? container)
    {
        var builder = new StringBuilder();
        if (container is not null)
        {
            Append(builder, container);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(SmartPunctuation.Apply(literal.Content.AsSpan(), null, builder.Length == 0 ? null : builder[^1], literal.IsFirstCharacterEscaped));
                    break;
                case CodeInline code: builder.Append(code.Content); break;
                case HandleInline handle: builder.Append(handle.Name); break;
                case AutolinkInline autolink: builder.Append(autolink.Url); break;
                case HtmlEntityInline entity: builder.Append(entity.Transcoded); break;
                case LineBreakInline: builder.Append(' '); break;
                case LinkInline { IsImage: true } or FootnoteLink: break;
                case ContainerInline nested: Append(builder, nested); break;
            }
        }
    }
}
