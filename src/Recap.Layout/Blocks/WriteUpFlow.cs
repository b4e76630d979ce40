using System.Collections.Immutable;
using System.Diagnostics;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Model;
using Recap.Model.Phrases;
using ModelInline = Recap.Model.Inline;

namespace Recap.Layout.Blocks;

/*
 * Sets one write-up into a vertical list: the opener (title, byline, summary), then each block
 * in turn, recursing into lists and quotes with a narrower region. Paragraph lines come from the
 * ParagraphLayouter, code lines from the CodeLayouter; LineEmitter stacks them with widow and
 * orphan penalties. Every box's items are tagged with the structure element of their block, so
 * the structure tree is built here, in reading order, under the write-up's Sect.
 */

/// <summary>One write-up's vertical list and structure.</summary>
internal sealed partial class WriteUpFlow
{
    private readonly LayoutContext _context;
    private readonly WriteUp _writeUp;
    private readonly List<FlowNode> _nodes = [];
    private readonly LineEmitter _lines;
    private readonly Dictionary<string, Footnote> _footnotes;
    private readonly HashSet<string> _notesSet = new(StringComparer.Ordinal);
    private readonly Func<string, ImmutableArray<FlowBox>> _notes; // one delegate for every block's lines, not one each

    // A paragraph that follows another is indented; after a heading or a display block it is not.
    private bool _indentNext;

    public WriteUpFlow(LayoutContext context, WriteUp writeUp, StructureElement section)
    {
        _context = context;
        _writeUp = writeUp;
        Section = section;
        _lines = new LineEmitter(_nodes);
        _footnotes = writeUp.Footnotes.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _notes = Notes;
    }

    public StructureElement Section { get; }

    private Styles.Theme Theme => _context.Theme;

    /// <summary>Recap's own words in the write-up's language (the book's, unless the write-up says another).</summary>
    private PhraseSet Phrases => PhraseSet.For(_writeUp.Meta.Language ?? _context.Publication.Meta.Language);

    public IReadOnlyList<FlowNode> Build()
    {
        _nodes.Add(new FlowMark(_writeUp.Id, _writeUp.Meta.Title, _writeUp.Source));
        Opener();
        var region = new Region(0, Theme.Measure);
        foreach (var block in _writeUp.Body)
        {
            Block(block, region, Section);
        }

        return _nodes;
    }

    /// <summary>A column of the text block: where it starts and how wide it is.</summary>
    private readonly record struct Region(double X, double Width)
    {
        public Region Indent(double left, double right = 0) => new(X + left, Width - left - right);
    }

    // A plain switch, not the model's Block.Switch: that makes a closure and ten delegates for every
    // block of the book. The default arm keeps its guarantee: a kind added to the model fails here.
    private void Block(Block block, Region region, StructureElement parent)
    {
        switch (block)
        {
            case Heading heading:
                Heading(heading, region, parent);
                break;
            case Paragraph paragraph:
                Paragraph(paragraph, region, parent);
                break;
            case BulletList list:
                List(list, list.Items, static _ => "\u2022", list.Tight, region, parent);
                break;
            case OrderedList list:
                List(list, list.Items, i => $"{list.Start + i}.", list.Tight, region, parent);
                break;
            case BlockQuote quote:
                Quote(quote, region, parent);
                break;
            case CodeBlock code:
                Code(code, region, parent);
                break;
            case QaExchange exchange:
                Exchange(exchange, region, parent);
                break;
            case Table table:
                Table(table, region, parent);
                break;
            case Figure figure:
                Figure(figure, region, parent);
                break;
            case ThematicBreak rule:
                Rule(rule, region);
                break;
            default:
                throw new UnreachableException($"The booklet's layout has no setting for {block.GetType().Name}.");
        }
    }

    private void Paragraph(Paragraph paragraph, Region region, StructureElement parent, ParagraphLabel? label = null)
    {
        BreakBetweenBlocks();
        var element = parent.Add(StructureKind.P);
        var format = _context.Body with
        {
            Measure = region.Width,
            FirstLineIndent = _indentNext && label is null ? Theme.Indent : 0,
            Label = label,
        };
        SetLines(paragraph.Id, paragraph.Content, format, region, element, Theme.BodyLeading);
        _indentNext = true;
    }

    private void Heading(Heading heading, Region region, StructureElement parent)
    {
        var (kind, size) = heading.Level switch
        {
            2 => (StructureKind.H2, Theme.H2Size),
            3 => (StructureKind.H3, Theme.H3Size),
            _ => (StructureKind.H3, Theme.H4Size),
        };
        Space(BlockSpacing.BeforeHeading);
        var element = parent.Add(kind);
        var format = ParagraphFormat.Heading(Theme, size) with { Measure = region.Width, Weight = TextWeight.Bold };
        var leading = Math.Max(Theme.BodyLeading, size * 1.25);
        SetLines(heading.Id, heading.Content, format, region, element, leading, keepTogether: true, destination: heading.Id);

        // Keep the heading with what follows: no break between it and the next block's first lines.
        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(new FlowGlue(Theme.BodyLeading * BlockSpacing.AfterHeading));
        _nodes.Add(FlowPenalty.Forbid);
        _indentNext = false;
    }

    private void SetLines(
        string id,
        IReadOnlyList<ModelInline> content,
        ParagraphFormat format,
        Region region,
        StructureElement element,
        double leading,
        bool keepTogether = false,
        string? destination = null,
        LineEmitter.Decoration? decorate = null)
    {
        var lines = _context.Paragraphs.Layout(content, format, element);
        var baseline = Baseline.Of(Theme.Fonts.Regular.Primary, format.Size, leading);
        if (destination is not null && lines.Count > 0)
        {
            lines = [lines[0] with { Items = lines[0].Items.Add(new DestinationItem(new Point(0, -baseline), destination)) }, .. lines.Skip(1)];
        }

        // Most lines have nothing drawn beside them: then they ask for no decoration, which would make a list for each.
        var decorations = decorate is null && _quoteRules.Count == 0 ? null : Decorations(decorate);
        _lines.Emit(lines, region.X, leading, baseline, id, keepTogether, decorations, _notes);
    }

    // Its own method, so the closure is made only for lines that have a decoration: captured in
    // SetLines, it would be made on entry, for every block.
    private LineEmitter.Decoration Decorations(LineEmitter.Decoration? decorate) =>
        (line, count, height) => [.. decorate?.Invoke(line, count, height) ?? [], .. QuoteRules(height)];

    /// <summary>
    /// The set lines of a footnote, the first time it is referenced, followed by those of the notes
    /// its text cites (on the same page, so every note link has its target); nothing after. Notes
    /// citing notes are queued, not recursed into: a long chain or a loop cannot overflow the stack.
    /// </summary>
    private ImmutableArray<FlowBox> Notes(string footnoteId)
    {
        var boxes = new List<FlowBox>();
        var pending = new Queue<string>([footnoteId]);
        while (pending.TryDequeue(out var id))
        {
            boxes.AddRange(NoteBoxes(id, pending));
        }

        return [.. boxes];
    }

    private IEnumerable<FlowBox> NoteBoxes(string footnoteId, Queue<string> cited)
    {
        if (!_footnotes.TryGetValue(footnoteId, out var footnote) || !_notesSet.Add(footnoteId))
        {
            return [];
        }

        var element = Section.Add(StructureKind.Note);
        var nodes = new List<FlowNode>();
        var emitter = new LineEmitter(nodes);
        var hang = Theme.FootnoteSize * 1.6;
        var first = true;
        foreach (var paragraph in footnote.Content.OfType<Paragraph>())
        {
            var label = first ? new ParagraphLabel($"{footnote.Number}", hang) { Color = Theme.AccentColor } : null;
            var format = new ParagraphFormat(Theme.FootnoteSize, Theme.Measure - hang)
            {
                Alignment = Theme.Justify ? ParagraphAlignment.Justified : ParagraphAlignment.RaggedRight,
                Hyphenate = Theme.Hyphenate,
                Label = label,
            };
            var lines = _context.Paragraphs.Layout(paragraph.Content, format, element.Add(StructureKind.P));
            var baseline = Baseline.Of(Theme.Fonts.Regular.Primary, Theme.FootnoteSize, Theme.FootnoteLeading);
            if (first && lines.Count > 0)
            {
                lines = [lines[0] with { Items = lines[0].Items.Add(new DestinationItem(new Point(-hang, -baseline), "fn-" + footnote.Id)) }, .. lines.Skip(1)];
            }

            emitter.Emit(lines, hang, Theme.FootnoteLeading, baseline, footnote.Id, footnotes: id =>
            {
                cited.Enqueue(id);
                return [];
            });
            first = false;
        }

        return nodes.OfType<FlowBox>();
    }

    private void BreakBetweenBlocks()
    {
        if (_nodes.Count > 0 && _nodes[^1] is FlowBox)
        {
            _nodes.Add(FlowPenalty.Allow);
        }
    }

    private void Space(double lines)
    {
        var height = Theme.BodyLeading * lines;
        if (_nodes.Count > 0 && _nodes[^1] is FlowGlue glue)
        {
            // Spaces between blocks do not add up: the larger one wins.
            _nodes[^1] = new FlowGlue(Math.Max(glue.Height, height));
            return;
        }

        _nodes.Add(new FlowGlue(height));
    }
}
