using Markdig.Syntax;

namespace Recap.Markdown.Extensions.QaExchange;

/// <summary>A question paragraph and its answer paragraph, labels already removed.</summary>
internal sealed class QaExchangeBlock : ContainerBlock
{
    public QaExchangeBlock(ParagraphBlock question, ParagraphBlock answer)
        : base(null)
    {
        Line = question.Line;
        Column = question.Column;
        Span = new SourceSpan(question.Span.Start, answer.Span.End);
        Add(question);
        Add(answer);
    }

    public ParagraphBlock Question => (ParagraphBlock)this[0];

    public ParagraphBlock Answer => (ParagraphBlock)this[1];
}
