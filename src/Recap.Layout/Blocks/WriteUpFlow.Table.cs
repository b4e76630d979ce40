using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Model;

namespace Recap.Layout.Blocks;

// Tables: column widths from the cells' content, cells wrapped in their column, one box a row
// so a table breaks between rows, and the header row set again (as an artifact) on a new page.
internal sealed partial class WriteUpFlow
{
    private double TableSize => Theme.BodySize * 0.9;

    private double TableLeading => Theme.BodyLeading * 0.9;

    private double CellPad => TableSize * 0.5;

    private void Table(Table table, Region region, StructureElement parent)
    {
        Space(BlockSpacing.Display);
        BreakBetweenBlocks();
        var element = parent.Add(StructureKind.Table);
        var widths = ColumnWidths(table, region.Width);
        var header = Row(table.Header, table.Alignments, widths, region, element.Add(StructureKind.TR), header: true) with { Anchors = [new Anchor(table.Id)] };
        var repeat = new FlowBox(header.Height, [.. header.Items.Select(i => i.AsArtifact()).OfType<FrameItem>()]);
        _nodes.Add(header);
        foreach (var row in table.Rows)
        {
            // The header never stays behind alone: no break between it and the first row.
            _nodes.Add(ReferenceEquals(row, table.Rows[0]) ? FlowPenalty.Forbid : new FlowPenalty(0));
            var box = Row(row, table.Alignments, widths, region, element.Add(StructureKind.TR), header: false);
            _nodes.Add(box with { RepeatHeader = repeat });
        }

        Space(BlockSpacing.Display);
        _indentNext = false;
    }

    private FlowBox Row(TableRow row, IReadOnlyList<ColumnAlignment> alignments, double[] widths, Region region, StructureElement element, bool header)
    {
        var cells = new List<(IReadOnlyList<LineBox> Lines, double X, double Width, ColumnAlignment Alignment)>();
        var x = region.X;
        for (var c = 0; c < widths.Length; c++)
        {
            var content = c < row.Cells.Count ? row.Cells[c].Content : [];
            var alignment = c < alignments.Count ? alignments[c] : ColumnAlignment.Default;
            var format = CellFormat(widths[c] - (2 * CellPad), header, alignment);
            var lines = _context.Paragraphs.Layout(content, format, element.Add(header ? StructureKind.TH : StructureKind.TD));
            cells.Add((lines, x, widths[c], alignment));
            x += widths[c];
        }

        var height = (cells.Max(c => c.Lines.Count) * TableLeading) + (2 * CellPad);
        var baseline = Baseline.Of(Theme.Fonts.Regular.Primary, TableSize, TableLeading);
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        foreach (var (lines, cellX, width, alignment) in cells)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var shift = alignment == ColumnAlignment.Right ? width - (2 * CellPad) - lines[i].Width : 0;
                var y = CellPad + (i * TableLeading) + baseline;
                items.Add(new GroupItem(new Point(cellX + CellPad + shift, y), lines[i].Items));
            }
        }

        var ruleY = height;
        var stroke = header ? new Stroke(Theme.TextColor, 0.8) : new Stroke(Theme.RuleColor, 0.4);
        items.Add(new ShapeItem(ShapePath.Line(new Point(region.X, ruleY), new Point(region.X + widths.Sum(), ruleY)), null, stroke, null));
        return new FlowBox(height, items.ToImmutable(), [.. cells.SelectMany(c => c.Lines).SelectMany(l => l.Footnotes.IsDefaultOrEmpty ? [] : l.Footnotes).SelectMany(id => Notes(id))]);
    }

    private ParagraphFormat CellFormat(double measure, bool header, ColumnAlignment alignment) =>
        new(TableSize, Math.Max(measure, 1))
        {
            Weight = header ? TextWeight.Bold : TextWeight.Regular,
            Alignment = alignment == ColumnAlignment.Center ? ParagraphAlignment.Centered : ParagraphAlignment.RaggedRight,
            Hyphenate = false,
        };

    /// <summary>
    /// Each column gets its widest cell's natural width when all fit, the leftover shared out so
    /// the table spans the measure; otherwise its longest word, plus a share of the rest in
    /// proportion to how much more its content wants.
    /// </summary>
    private double[] ColumnWidths(Table table, double available)
    {
        var count = Math.Max(table.Alignments.Count, table.Rows.Prepend(table.Header).Max(r => r.Cells.Count));
        var natural = new double[count];
        var minimum = new double[count];
        var scratch = new StructureElement(StructureKind.TD);
        foreach (var row in table.Rows.Prepend(table.Header))
        {
            var header = ReferenceEquals(row, table.Header);
            for (var c = 0; c < row.Cells.Count && c < count; c++)
            {
                var format = CellFormat(1e6, header, ColumnAlignment.Left);
                var text = InlineText.Plain(row.Cells[c].Content);
                natural[c] = Math.Max(natural[c], Widest(_context.Paragraphs.Layout(row.Cells[c].Content, format, scratch)));
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var lines = _context.Paragraphs.Layout([new Text(table.Source, word)], format, scratch);
                    minimum[c] = Math.Max(minimum[c], Widest(lines));
                }
            }
        }

        var pads = 2 * CellPad * count;
        var room = available - pads;
        var widths = new double[count];
        if (natural.Sum() <= room)
        {
            var extra = (room - natural.Sum()) / count;
            for (var c = 0; c < count; c++)
            {
                widths[c] = natural[c] + extra + (2 * CellPad);
            }

            return widths;
        }

        var wants = natural.Zip(minimum, (n, m) => n - m).ToArray();
        var spare = Math.Max(0, room - minimum.Sum());
        for (var c = 0; c < count; c++)
        {
            var share = wants.Sum() > 0 ? spare * wants[c] / wants.Sum() : spare / count;
            widths[c] = minimum[c] + share + (2 * CellPad);
        }

        return widths;
    }

    private static double Widest(IReadOnlyList<LineBox> lines) => lines.Count == 0 ? 0 : lines.Max(l => l.Width);
}
