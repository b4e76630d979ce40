using Recap.Model;

namespace Recap.Markdown.Conversion;

/// <summary>What both readers (Markdown and the HTML allow-list) do to converted inlines before they become a block.</summary>
internal static class InlineEdges
{
    /// <summary>Drops white space left at the edges by removed images and labels; nothing else changes.</summary>
    public static List<Inline> Trim(List<Inline> content)
    {
        if (content.Count > 0 && content[0] is Text first)
        {
            content[0] = first with { Value = first.Value.TrimStart() };
        }

        if (content.Count > 0 && content[^1] is Text last)
        {
            content[^1] = last with { Value = last.Value.TrimEnd() };
        }

        content.RemoveAll(i => i is Text { Value.Length: 0 });
        return content;
    }
}
