using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Model;

namespace Recap.Layout.Blocks;

// Display blocks: lists with hanging labels, block quotes with a rule, code on a tint, Q&A
// exchanges with hanging "Q" and "A", and thematic breaks.
internal sealed partial class WriteUpFlow
{
    /// <summary>
    /// Lists and quotes indent this many levels at most; deeper ones are set at that indent (their
    /// labels carry the depth, "7•", so the nesting still reads) and the write-up gets a warning.
    /// </summary>
    public const int MaxIndentDepth = 6;

    // The x of each enclosing quote's rule: every line set inside a quote draws them.
    private readonly List<double> _quoteRules = [];

    // How many lists and quotes enclose the block being set.
    private int _depth;

    /// <summary>The region one level in, unless nesting is past <see cref="MaxIndentDepth"/>: then the same region, and a warning.</summary>
    private bool Deeper(Block block)
    {
        _depth++;
        if (_depth <= MaxIndentDepth)
        {
            return true;
        }

        _context.Diagnostics.WarningOnce(
            "nesting",
            block.Source,
            "nesting-capped",
            $"lists and quotes nest more than {MaxIndentDepth} levels deep here: deeper levels are set at the indent of level {MaxIndentDepth}, their labels numbered by depth");
        return false;
    }

    private void List(Block block, IReadOnlyList<ListItem> items, Func<int, string> baseLabel, bool tight, Region region, StructureElement parent)
    {
        var indents = Deeper(block);
        var depth = _depth;
        Func<int, string> label = indents ? baseLabel : i => $"{depth}{baseLabel(i)}";
        Space(BlockSpacing.Display);
        var list = parent.Add(StructureKind.L);
        var hang = Theme.BodySize * (label(items.Count - 1).Length > 2 ? 2.2 : 1.4);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0 && !tight)
            {
                Space(0.3);
            }

            var element = list.Add(StructureKind.LI);
            var labelElement = element.Add(StructureKind.Lbl);
            var body = element.Add(StructureKind.LBody);
            var inner = indents ? region.Indent(hang) : region;
            _indentNext = false;
            var content = items[i].Content;
            for (var b = 0; b < content.Count; b++)
            {
                if (b == 0 && content[0] is Paragraph first)
                {
                    Paragraph(first, inner, body, new ParagraphLabel(label(i), hang, labelElement));
                }
                else
                {
                    Block(content[b], inner, body);
                }
            }
        }

        Space(BlockSpacing.Display);
        _indentNext = false;
        _depth--;
    }

    private void Quote(BlockQuote quote, Region region, StructureElement parent)
    {
        var indents = Deeper(quote);
        Space(BlockSpacing.Display);
        var element = parent.Add(StructureKind.BlockQuote);
        var indent = indents ? Theme.BodySize * 1.4 : 0;
        if (indents)
        {
            _quoteRules.Add(region.X + (indent * 0.35));
        }

        _indentNext = false;
        foreach (var block in quote.Content)
        {
            Block(block, region.Indent(indent), element);
        }

        if (indents)
        {
            _quoteRules.RemoveAt(_quoteRules.Count - 1);
        }

        Space(BlockSpacing.Display);
        _indentNext = false;
        _depth--;
    }

    private IEnumerable<FrameItem> QuoteRules(double height) =>
        _quoteRules.Select(x => (FrameItem)new ShapeItem(ShapePath.Line(new Point(x, 0), new Point(x, height)), null, new Stroke(Theme.AccentColor, 1.2), null));

    private void Code(CodeBlock code, Region region, StructureElement parent)
    {
        Space(BlockSpacing.Display);
        BreakBetweenBlocks();
        var element = parent.Add(StructureKind.Code);
        var pad = Theme.CodeSize * 0.8;
        var leading = Theme.CodeLeading;
        var lines = _context.Code.Layout(code.Code, code.Language, region.Width - (2 * pad), element, code.Source);
        var baseline = Baseline.Of(Theme.Fonts.Mono.Primary, Theme.CodeSize, leading);
        FrameItem Tint(double y, double height) =>
            new ShapeItem(ShapePath.Rectangle(new Rect(region.X, y, region.Width, height)), Theme.CodeBackground, null, null);

        // The tint's padding above and below travels with the first and last lines.
        _nodes.Add(new FlowBox(pad / 2, [Tint(0, pad / 2)]));
        _nodes.Add(FlowPenalty.Forbid);
        _lines.Emit(lines, region.X + pad, leading, baseline, code.Id, decorate: (_, _, height) => [Tint(0, height), .. QuoteRules(height)]);
        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(new FlowBox(pad / 2, [Tint(0, pad / 2)]));
        Space(BlockSpacing.Display);
        _indentNext = false;
    }

    private void Exchange(QaExchange exchange, Region region, StructureElement parent)
    {
        Space(BlockSpacing.Display);
        BreakBetweenBlocks();
        var list = parent.Add(StructureKind.L);
        var hang = Theme.BodySize * 1.6;
        var inner = region.Indent(hang);
        var start = _nodes.Count;
        Turn(exchange.QuestionId, Phrases.QuestionMark, exchange.Question, TextWeight.Medium, inner, hang, list);
        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(new FlowGlue(Theme.BodyLeading * 0.25));
        _nodes.Add(FlowPenalty.Forbid);
        Turn(exchange.AnswerId, Phrases.AnswerMark, exchange.Answer, TextWeight.Regular, inner, hang, list);

        // A short exchange stays whole on one page: a question must not be parted from its answer.
        var boxes = _nodes.Skip(start).Count(n => n is FlowBox);
        if (boxes <= 8)
        {
            for (var i = start; i < _nodes.Count; i++)
            {
                if (_nodes[i] is FlowPenalty)
                {
                    _nodes[i] = FlowPenalty.Forbid;
                }
            }
        }

        Space(BlockSpacing.Display);
        _indentNext = false;
    }

    private void Turn(string id, string label, IReadOnlyList<Model.Inline> content, TextWeight weight, Region region, double hang, StructureElement list)
    {
        var item = list.Add(StructureKind.LI);
        var labelElement = item.Add(StructureKind.Lbl);
        var body = item.Add(StructureKind.LBody).Add(StructureKind.P);
        var format = _context.Body with
        {
            Measure = region.Width,
            Weight = weight,
            Label = new ParagraphLabel(label, hang, labelElement) { Bold = true, Color = Theme.AccentColor },
        };
        SetLines(id, content, format, region, body, Theme.BodyLeading);
    }

    private void Rule(ThematicBreak rule, Region region)
    {
        Space(1);
        var y = Theme.BodyLeading / 2;
        var middle = region.X + (region.Width / 2);
        var half = region.Width * 0.12;
        _nodes.Add(new FlowBox(Theme.BodyLeading, [
            new ShapeItem(ShapePath.Line(new Point(middle - half, y), new Point(middle + half, y)), null, new Stroke(Theme.RuleColor, 0.6), null),
        ], Anchor: new Anchor(rule.Id)));
        Space(1);
        _indentNext = false;
    }
}
