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
    /// </summary>
    public static IReadOnlyList<PositionedLine> Position(ReadOnlySpan<Item> items, IReadOnlyList<int> breakpoints, LineWidths widths)
    {
        ArgumentNullException.ThrowIfNull(breakpoints);
        ArgumentNullException.ThrowIfNull(widths);
        var sums = new ItemSums(items);
        var lines = new List<PositionedLine>(breakpoints.Count);
        var previous = -1;
        foreach (var end in breakpoints)
        {
            var start = Math.Min(sums.LineStart(previous), end);
            var measure = widths[lines.Count];
            var line = sums.Measure(items, start, end);
            var ratio = line.Ratio(measure, 0);
            var slack = measure - line.Width;
            // Infinite glue takes the slack; otherwise finite glue is set at r, within its limits.
            var infiniteShare = line.InfiniteGlues > 0 && slack > 0 ? slack / line.InfiniteGlues : 0;
            var set = double.IsFinite(ratio) ? Math.Max(ratio, -1) : 0;

            var placed = new List<PlacedItem>(end - start + 1);
            var x = 0.0;
            for (var i = start; i < end; i++)
            {
                var item = items[i];
                switch (item.Kind)
                {
                    case ItemKind.Box:
                        placed.Add(new PlacedItem(i, x, item.Width));
                        x += item.Width;
                        break;
                    case ItemKind.Glue:
                        var width = double.IsPositiveInfinity(item.Stretch)
                            ? item.Width + infiniteShare
                            : item.Width + (set >= 0 ? set * item.Stretch : set * item.Shrink);
                        placed.Add(new PlacedItem(i, x, width));
                        x += width;
                        break;
                }
            }

            var breakItem = items[end];
            if (breakItem.Kind == ItemKind.Penalty && breakItem.Width > 0)
            {
                placed.Add(new PlacedItem(end, x, breakItem.Width));
                x += breakItem.Width;
            }

            lines.Add(new PositionedLine(start, end, measure, set, x, placed));
            previous = end;
        }

        return lines;
    }
}
