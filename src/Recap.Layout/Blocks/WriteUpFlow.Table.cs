using System.Collections.Immutable;
using System.Globalization;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Model;

namespace Recap.Layout.Blocks;

/*
 * Tables, as CSS's automatic table layout sets them: each column has a minimum width (its
 * widest piece that cannot break: a word, or a long token's piece between the sensible break
 * points the body text uses — URL separators, camelCase humps, `_`, `.`, `::`) and a preferred
 * width (its widest cell unbroken). All preferred widths fit: each column gets its own and the
 * rest is shared out. Otherwise each gets its minimum plus a share of the room left in
 * proportion to how much more it wants, and cells wrap.
 *
 * When even the minimum widths overflow the measure, the table is set smaller, down to
 * MinTableSize; past that, its columns are split into parts set one after the other, each
 * repeating the first column, and a warning says so. One box a row, so a table breaks between
 * rows, and the header row is set again (as an artifact) at the top of a new page.
 */
internal sealed partial class WriteUpFlow
{
    /// <summary>The smallest size a table is set at to fit the measure, in points (the documented floor).</summary>
    public const double MinTableSize = 7;

    // Measuring slack: a column exactly its minimum width must not send its widest piece to an emergency break.
    private const double Slack = 0.5;

    private double TableSize => Theme.BodySize * 0.9;

    private void Table(Table table, Region region, StructureElement parent)
    {
        Space(BlockSpacing.Display);
        BreakBetweenBlocks();
        var element = parent.Add(StructureKind.Table);
        var count = Math.Max(table.Alignments.Count, table.Rows.Prepend(table.Header).Max(r => r.Cells.Count));
        var (natural, minimum) = ColumnWants(table, count);
        var leading = Theme.BodyLeading / Theme.BodySize;
        var set = new TableSet(TableSize, leading);
        if (minimum.Sum() + (2 * set.Pad * count) > region.Width)
        {
            // Everything scales with the size: the size at which the minimum widths and pads just fit, in half points.
            var fit = TableSize * region.Width / (minimum.Sum() + (2 * set.Pad * count));
            set = new TableSet(Math.Max(MinTableSize, Math.Floor(fit * 2) / 2), leading);
        }

        var scale = set.Size / TableSize;
        var parts = Parts([.. natural.Select(n => n * scale)], [.. minimum.Select(m => (m * scale) + Slack)], set, region.Width);
        Warn(table, set, parts.Count);
        var first = true;
        foreach (var columns in parts)
        {
            if (!first)
            {
                Space(BlockSpacing.Display);
                BreakBetweenBlocks();
            }

            var widths = ColumnWidths([.. columns.Select(c => natural[c] * scale)], [.. columns.Select(c => (minimum[c] * scale) + Slack)], set, region.Width);
            SetPart(table, columns, widths, set, region, element, anchor: first);
            first = false;
        }

        Space(BlockSpacing.Display);
        _indentNext = false;
    }

    private void Warn(Table table, TableSet set, int parts)
    {
        if (set.Size >= TableSize)
        {
            return;
        }

        var size = set.Size.ToString("0.#", CultureInfo.InvariantCulture);
        _context.Diagnostics.Warning(
            table.Source,
            "table-shrunk",
            parts > 1
                ? $"table set at {size} pt and its columns split into {parts} parts, each repeating the first column: its columns are too wide for the page even at {size} pt"
                : $"table set at {size} pt: its columns are too wide for the page at {TableSize.ToString("0.#", CultureInfo.InvariantCulture)} pt");
    }

    /// <summary>One part of the table: the header row, then each row, over the given columns.</summary>
    private void SetPart(Table table, int[] columns, double[] widths, TableSet set, Region region, StructureElement element, bool anchor)
    {
        // Each column's format, for the header and for the body, made once for the part rather than for every cell.
        var headerFormats = new ParagraphFormat[columns.Length];
        var bodyFormats = new ParagraphFormat[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var alignment = Alignment(table.Alignments, columns[i]);
            headerFormats[i] = CellFormat(set.Size, widths[i] - (2 * set.Pad), header: true, alignment);
            bodyFormats[i] = CellFormat(set.Size, widths[i] - (2 * set.Pad), header: false, alignment);
        }

        var header = Row(table.Header, columns, table.Alignments, widths, headerFormats, set, region, element.Add(StructureKind.TR), header: true);
        if (anchor)
        {
            header = header with { Anchor = new Anchor(table.Id) };
        }

        var repeat = new FlowBox(header.Height, [.. header.Items.Select(i => i.AsArtifact()).OfType<FrameItem>()]);
        _nodes.Add(header);
        foreach (var row in table.Rows)
        {
            // The header never stays behind alone: no break between it and the first row.
            _nodes.Add(ReferenceEquals(row, table.Rows[0]) ? FlowPenalty.Forbid : FlowPenalty.Allow);
            var box = Row(row, columns, table.Alignments, widths, bodyFormats, set, region, element.Add(StructureKind.TR), header: false);
            _nodes.Add(box with { RepeatHeader = repeat });
        }
    }

    private static ColumnAlignment Alignment(IReadOnlyList<ColumnAlignment> alignments, int column) =>
        column < alignments.Count ? alignments[column] : ColumnAlignment.Default;

    private FlowBox Row(
        TableRow row, int[] columns, IReadOnlyList<ColumnAlignment> alignments, double[] widths, ParagraphFormat[] formats, TableSet set, Region region, StructureElement element, bool header)
    {
        var cells = new List<(IReadOnlyList<LineBox> Lines, double X, double Width, ColumnAlignment Alignment)>(columns.Length);
        var x = region.X;
        for (var i = 0; i < columns.Length; i++)
        {
            var c = columns[i];
            var content = c < row.Cells.Count ? row.Cells[c].Content : [];
            var lines = _context.Paragraphs.Layout(content, formats[i], element.Add(header ? StructureKind.TH : StructureKind.TD));
            cells.Add((lines, x, widths[i], Alignment(alignments, c)));
            x += widths[i];
        }

        var height = (cells.Max(c => c.Lines.Count) * set.Leading) + (2 * set.Pad);
        var baseline = Baseline.Of(Theme.Fonts.Regular.Primary, set.Size, set.Leading);
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        foreach (var (lines, cellX, width, alignment) in cells)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var shift = alignment == ColumnAlignment.Right ? width - (2 * set.Pad) - lines[i].Width : 0;
                var y = set.Pad + (i * set.Leading) + baseline;
                items.Add(lines[i].At(new Point(cellX + set.Pad + shift, y)));
            }
        }

        var ruleY = height;
        var stroke = header ? new Stroke(Theme.TextColor, 0.8) : new Stroke(Theme.RuleColor, 0.4);
        items.Add(new ShapeItem(ShapePath.Line(new Point(region.X, ruleY), new Point(region.X + widths.Sum(), ruleY)), null, stroke, null));
        return new FlowBox(height, items.ToImmutable(), [.. cells.SelectMany(c => c.Lines).SelectMany(l => l.Footnotes.IsDefaultOrEmpty ? [] : l.Footnotes).SelectMany(id => Notes(id))]);
    }

    private ParagraphFormat CellFormat(double size, double measure, bool header, ColumnAlignment alignment) =>
        new(size, Math.Max(measure, 1))
        {
            Weight = header ? TextWeight.Bold : TextWeight.Regular,
            Alignment = alignment == ColumnAlignment.Center ? ParagraphAlignment.Centered : ParagraphAlignment.RaggedRight,
            Hyphenate = false,
        };

    /// <summary>
    /// Each column's preferred width (its widest cell on one line) and minimum width (its widest
    /// piece between break points: spaces, and a token's sensible break points), at the table's size.
    /// </summary>
    private (double[] Natural, double[] Minimum) ColumnWants(Table table, int count)
    {
        var natural = new double[count];
        var minimum = new double[count];
        var scratch = new StructureElement(StructureKind.TD);
        Wants(table.Header, CellFormat(TableSize, 1e6, header: true, ColumnAlignment.Left));
        var body = CellFormat(TableSize, 1e6, header: false, ColumnAlignment.Left);
        foreach (var row in table.Rows)
        {
            Wants(row, body);
        }

        void Wants(TableRow row, ParagraphFormat format)
        {
            for (var c = 0; c < row.Cells.Count && c < count; c++)
            {
                natural[c] = Math.Max(natural[c], Widest(_context.Paragraphs.Layout(row.Cells[c].Content, format, scratch)));
                foreach (var word in InlineText.Plain(row.Cells[c].Content).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var start = 0;
                    foreach (var end in TokenSplitter.Sensible(word).Append(word.Length))
                    {
                        var lines = _context.Paragraphs.Layout([new Text(table.Source, word[start..end])], format, scratch);
                        minimum[c] = Math.Max(minimum[c], Widest(lines));
                        start = end;
                    }
                }
            }
        }

        return (natural, minimum);
    }

    /// <summary>
    /// The columns of each part: all of them when their minimum widths fit; else the first column
    /// and as many of the next as fit beside it, again and again (a column wider than the room alone still gets a part).
    /// </summary>
    private static List<int[]> Parts(double[] natural, double[] minimum, TableSet set, double available)
    {
        var count = minimum.Length;
        var pad = 2 * set.Pad;
        if (minimum.Sum() + (pad * count) <= available || count == 1)
        {
            return [[.. Enumerable.Range(0, count)]];
        }

        var parts = new List<int[]>();
        var part = new List<int> { 0 };
        var used = minimum[0] + pad;
        for (var c = 1; c < count; c++)
        {
            if (part.Count > 1 && used + minimum[c] + pad > available)
            {
                parts.Add([.. part]);
                part = [0];
                used = minimum[0] + pad;
            }

            part.Add(c);
            used += minimum[c] + pad;
        }

        parts.Add([.. part]);
        return parts;
    }

    /// <summary>
    /// Each column gets its preferred width when all fit, the leftover shared out so the table
    /// spans the measure; otherwise its minimum, plus a share of the rest in proportion to how
    /// much more its content wants.
    /// </summary>
    private static double[] ColumnWidths(double[] natural, double[] minimum, TableSet set, double available)
    {
        var count = natural.Length;
        var room = available - (2 * set.Pad * count);
        var widths = new double[count];
        if (natural.Sum() <= room)
        {
            var extra = (room - natural.Sum()) / count;
            for (var c = 0; c < count; c++)
            {
                widths[c] = natural[c] + extra + (2 * set.Pad);
            }

            return widths;
        }

        var wants = natural.Zip(minimum, (n, m) => Math.Max(0, n - m)).ToArray();
        var spare = Math.Max(0, room - minimum.Sum());
        for (var c = 0; c < count; c++)
        {
            var share = wants.Sum() > 0 ? spare * wants[c] / wants.Sum() : spare / count;
            widths[c] = minimum[c] + share + (2 * set.Pad);
        }

        return widths;
    }

    private static double Widest(IReadOnlyList<LineBox> lines)
    {
        // By index: asked for every cell and every piece of its words, where LINQ's Max boxed an enumerator each time.
        var widest = lines.Count == 0 ? 0 : lines[0].Width;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Width > widest)
            {
                widest = lines[i].Width;
            }
        }

        return widest;
    }

    /// <summary>The size a table is set at, and what follows from it: the leading and the cells' padding.</summary>
    private readonly record struct TableSet(double Size, double LeadingRatio)
    {
        public double Leading => Size * LeadingRatio;

        public double Pad => Size * 0.5;
    }
}
