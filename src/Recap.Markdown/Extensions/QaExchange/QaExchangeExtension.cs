using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recap.Markdown.Extensions.QaExchange;

/// <summary>
/// Groups a paragraph that begins with <c>Q:</c> and the paragraph right after it, when that one
/// begins with <c>A:</c>, into a <see cref="QaExchangeBlock"/>. It runs once the document is parsed,
/// because the rule is about neighbouring paragraphs, which no block parser sees together.
/// The label may be plain or bold (<c>**Q:**</c>); a <c>Q:</c> without an answer stays a paragraph.
/// </summary>
internal sealed class QaExchangeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Group;
        pipeline.DocumentProcessed += Group;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Group(MarkdownDocument document)
    {
        GroupIn(document);
        foreach (var container in document.Descendants<ContainerBlock>().ToList())
        {
            GroupIn(container);
        }
    }

    private static void GroupIn(ContainerBlock container)
    {
        for (var i = 0; i + 1 < container.Count; i++)
        {
            if (container[i] is ParagraphBlock question && container[i + 1] is ParagraphBlock answer
                && StartsWithLabel(question, "Q:") && StartsWithLabel(answer, "A:"))
            {
                RemoveLabel(question);
                RemoveLabel(answer);
                container.RemoveAt(i + 1);
                container.RemoveAt(i);
                container.Insert(i, new QaExchangeBlock(question, answer));
            }
        }
    }

    private static bool StartsWithLabel(ParagraphBlock paragraph, string label) =>
        paragraph.Inline?.FirstChild switch
        {
            LiteralInline literal => literal.Content.AsSpan().StartsWith(label, StringComparison.Ordinal),
            EmphasisInline emphasis => emphasis.FirstChild is LiteralInline only && only.NextSibling is null
                && only.Content.AsSpan().Trim().SequenceEqual(label),
            _ => false,
        };

    private static void RemoveLabel(ParagraphBlock paragraph)
    {
        var first = paragraph.Inline!.FirstChild!;
        if (first is EmphasisInline)
        {
            var next = first.NextSibling;
            first.Remove();
            if (next is LiteralInline literal)
            {
                TrimStart(literal, 0);
            }
        }
        else
        {
            TrimStart((LiteralInline)first, 2);
        }
    }

    /// <summary>Drops <paramref name="count"/> characters and the white space after them, moving the position along.</summary>
    private static void TrimStart(LiteralInline literal, int count)
    {
        var content = literal.Content;
        content.Start += count;
        while (content.Start <= content.End && content.CurrentChar.IsWhitespace())
        {
            content.Start++;
        }

        var removed = content.Start - literal.Content.Start;
        literal.Content = content;
        literal.Column += removed;
        literal.Span = new SourceSpan(literal.Span.Start + removed, literal.Span.End);
        if (content.IsEmpty)
        {
            literal.Remove();
        }
    }
}
