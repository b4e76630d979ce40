namespace Recap.Layout.Inline;

/// <summary>
/// Sets the glue of each line once breaks are chosen: kept apart from breaking, as in
/// tex-linebreak, so any breaker's output (or a caller's own) can be placed.
/// </summary>
public static class LinePositioner
{
    /// <summary>
    /// Places the items of each line. Glue grows by r·stretch (r ≥ 0) or shrinks by
    /// r·shrink (r ≥ −1); infinitely stretchable glue, when a line has some, takes all the
    /// slack, shared equally. Discarded glue and penalties at line starts are not placed.
    /// Boxes with stretch or shrink (font expansion, <see cref="FontExpansion"/>) are first
    /// widened or narrowed by the line's ratio rounded to <paramref name="expansionStep"/>, and
    /// the glue is set for what remains. <paramref name="protrusion"/>, given a line's first
    /// item and break, says how far its first and last characters hang into the margins
    /// (pdfTeX's \pdfprotrudechars=1: after breaking): the line is set that much wider and
    /// starts that much to the left.
    /// </summary>
    public static IReadOnlyList<PositionedLine> Position(
        ReadOnlySpan<Item> items,
        IReadOnlyList<int> breakpoints,
        LineWidths widths,
        double expansionStep = 0,
        Func<int, int, (double Left, double Right)>? protrusion = null)
    {
        var lines = new List<PositionedLine>();
        Position(items, breakpoints, widths, new PlacedItem[items.Length], lines, expansionStep, protrusion);
        return lines;
    }

    /// <summary>
    /// As the public overload, with the lines' items written into <paramref name="placed"/>, which has
    /// at least one slot per item (no item is placed twice), and the lines into <paramref name="lines"/>
    /// (emptied first): the layouter reuses one array and one list from paragraph to paragraph, where a
    /// list for each line was the largest share of what layout allocated.
    /// </summary>
    internal static void Position(
        ReadOnlySpan<Item> items,
        IReadOnlyList<int> breakpoints,
        LineWidths widths,
        PlacedItem[] placed,
        List<PositionedLine> lines,
        double expansionStep,
        Func<int, int, (double Left, double Right)>? protrusion)
    {
        ArgumentNullException.ThrowIfNull(breakpoints);
        ArgumentNullException.ThrowIfNull(widths);
        var count = 0;
        var sums = ItemSums.Of(items);
        lines.Clear();
        var previous = -1;
        // By index: a foreach over the interface would box its enumerator, once a paragraph.
        for (var b = 0; b < breakpoints.Count; b++)
        {
            var end = breakpoints[b];
            var start = Math.Min(sums.LineStart(previous), end);
            var (left, right) = protrusion?.Invoke(start, end) ?? (0, 0);
            var measure = widths[lines.Count] + left + right;
            var line = sums.Measure(items, start, end);
            var expansion = Expansion(items, start, end, line.Ratio(measure, 0), expansionStep, out var expandable);
            var breakItem = items[end];
            var hyphen = breakItem.Kind == ItemKind.Penalty && breakItem.Width > 0 ? breakItem.Width : 0;
            var glue = line with { Width = line.Width + (expansion * (expandable + hyphen)) };
            var ratio = GlueRatio(items, start, end, glue, measure);
            var slack = measure - glue.Width;
            // Infinite glue takes the slack; otherwise finite glue is set at r, within its limits.
            var infiniteShare = line.InfiniteGlues > 0 && slack > 0 ? slack / line.InfiniteGlues : 0;
            var set = double.IsFinite(ratio) ? Math.Max(ratio, -1) : 0;

            var first = count;
            var x = -left;
            for (var i = start; i < end; i++)
            {
                var item = items[i];
                switch (item.Kind)
                {
                    case ItemKind.Box:
                        var boxWidth = item.Stretch > 0 || item.Shrink > 0 ? item.Width * (1 + expansion) : item.Width;
                        placed[count++] = new PlacedItem(i, x, boxWidth);
                        x += boxWidth;
                        break;
                    case ItemKind.Glue:
                        var width = double.IsPositiveInfinity(item.Stretch)
                            ? item.Width + infiniteShare
                            : item.Width + (set >= 0 ? set * item.Stretch : set * item.Shrink);
                        placed[count++] = new PlacedItem(i, x, width);
                        x += width;
                        break;
                }
            }

            if (hyphen > 0)
            {
                placed[count++] = new PlacedItem(end, x, hyphen * (1 + expansion));
                x += hyphen * (1 + expansion);
            }

            lines.Add(new PositionedLine(start, end, measure, set, x, new ArraySegment<PlacedItem>(placed, first, count - first)) { Expansion = expansion });
            previous = end;
        }
    }

    /// <summary>The share by which the line's expandable boxes (of total width <paramref name="expandable"/>) are widened, in steps.</summary>
    private static double Expansion(ReadOnlySpan<Item> items, int start, int end, double ratio, double step, out double expandable)
    {
        double width = 0, stretch = 0, shrink = 0;
        for (var i = start; i < end; i++)
        {
            if (items[i].Kind == ItemKind.Box && (items[i].Stretch > 0 || items[i].Shrink > 0))
            {
                width += items[i].Width;
                stretch += items[i].Stretch;
                shrink += items[i].Shrink;
            }
        }

        expandable = width;
        return width > 0 ? FontExpansion.ForLine(ratio, stretch / width, shrink / width, step) : 0;
    }

    /// <summary>The glue's own ratio for a line whose boxes are already expanded (their width in <paramref name="line"/>).</summary>
    private static double GlueRatio(ReadOnlySpan<Item> items, int start, int end, LineMeasure line, double measure)
    {
        double stretch = 0, shrink = 0;
        for (var i = start; i < end; i++)
        {
            if (items[i].Kind == ItemKind.Glue && !double.IsPositiveInfinity(items[i].Stretch))
            {
                stretch += items[i].Stretch;
                shrink += items[i].Shrink;
            }
        }

        return (line with { Stretch = stretch, Shrink = shrink }).Ratio(measure, 0);
    }
}
