namespace Recap.Layout.Inline;

/// <summary>
/// Greedy first-fit breaking, as a word processor does: each line takes as much as fits at
/// full shrink. It is the fallback for material where total fit is not worth its cost (long
/// code lines), and the yardstick total fit is tested against.
/// </summary>
public static class FirstFitBreaker
{
    /// <summary>Breaks at the last legal break that fits each line; a line overflows only when nothing fits.</summary>
    public static BreakResult Break(ReadOnlySpan<Item> items, LineWidths widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        if (items.IsEmpty)
        {
            return new BreakResult([], BreakPass.FirstFit, 0);
        }

        if (!items[^1].IsForcedBreak)
        {
            throw new ArgumentException("A paragraph's items must end with a forced break.", nameof(items));
        }

        var sums = ItemSums.Of(items);
        var lines = new List<LineFit>();
        var previous = -1;
        var fitting = -1;
        for (var b = 0; b < items.Length; b++)
        {
            var item = items[b];
            var legal = item.Kind switch
            {
                ItemKind.Glue => b > 0 && items[b - 1].Kind == ItemKind.Box,
                ItemKind.Penalty => item.Penalty < Item.Infinity,
                _ => false,
            };
            var start = sums.LineStart(previous);
            if (!legal || b < start)
            {
                continue;
            }

            var width = widths[lines.Count];
            var ratio = sums.Measure(items, start, b).Ratio(width, 0);
            if (ratio < -1)
            {
                // This break overflows: end the line at the last one that fitted, or here if none did.
                var end = fitting >= 0 ? fitting : b;
                lines.Add(Line(items, sums, start, end, width));
                previous = end;
                fitting = -1;
                b = end;
                continue;
            }

            fitting = b;
            if (item.IsForcedBreak)
            {
                lines.Add(Line(items, sums, start, b, width));
                previous = b;
                fitting = -1;
            }
        }

        return new BreakResult(lines, BreakPass.FirstFit, 0);
    }

    private static LineFit Line(ReadOnlySpan<Item> items, ItemSums sums, int start, int end, double width)
    {
        var measure = sums.Measure(items, start, end);
        var ratio = measure.Ratio(width, 0);
        var item = items[end];
        return new LineFit(end, ratio, LineBreaker.Fitness(ratio), item.Kind == ItemKind.Penalty && item.Flagged, measure.Overflow(width));
    }
}
