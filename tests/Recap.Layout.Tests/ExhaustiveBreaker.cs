using Recap.Layout.Inline;

namespace Recap.Layout.Tests;

/// <summary>
/// An independent reference for <see cref="LineBreaker"/>: the least total demerits over every
/// sequence of legal breakpoints whose lines are all within one pass's threshold, found by
/// trying each next break from each break (memoised on what decides the rest of the paragraph:
/// where the line starts, its line number while widths still vary, the last line's fitness class
/// and the run of hyphenated lines before it). It shares nothing with the breaker but the items and
/// <see cref="BreakOptions"/>: the line measure, badness, fitness classes and demerits are written
/// again here from Knuth and Plass's definitions, so the two can only agree by both being right.
/// </summary>
internal sealed class ExhaustiveBreaker
{
    private readonly IReadOnlyList<Item> _items;
    private readonly LineWidths _widths;
    private readonly BreakOptions _options;
    private readonly double _threshold;
    private readonly bool _hyphens;
    private readonly double _extraStretch;
    private readonly Dictionary<(int From, int Line, int Fitness, int HyphenRun), double> _best = [];

    /// <param name="threshold">The pass's highest badness (Pretolerance or Tolerance).</param>
    /// <param name="hyphens">Whether discretionary hyphens (flagged breaks with a width) may be taken: not in the first pass.</param>
    /// <param name="extraStretch">Stretch added to every line (the emergency pass).</param>
    public ExhaustiveBreaker(IReadOnlyList<Item> items, LineWidths widths, BreakOptions options, double threshold, bool hyphens, double extraStretch = 0)
    {
        _items = items;
        _widths = widths;
        _options = options;
        _threshold = threshold;
        _hyphens = hyphens;
        _extraStretch = extraStretch;
    }

    // TeX's fitness classes, numbered as in The TeXbook: very loose 0, loose 1, decent 2, tight 3.
    private const int Decent = 2;

    /// <summary>The least total demerits of any feasible break sequence, or null when none is feasible.</summary>
    public double? Minimum()
    {
        var best = Best(-1, 0, Decent, 0);
        return double.IsPositiveInfinity(best) ? null : best;
    }

    /// <summary>The total demerits of the lines ending at <paramref name="breaks"/>, or null when a line is not feasible.</summary>
    public double? Cost(IReadOnlyList<int> breaks)
    {
        var (from, line, fitness, hyphenRun, total) = (-1, 0, Decent, 0, 0.0);
        foreach (var b in breaks)
        {
            if (Line(from, line, fitness, hyphenRun, b) is not { } next)
            {
                return null;
            }

            (from, line, fitness, hyphenRun, total) = (b, line + 1, next.Fitness, next.HyphenRun, total + next.Demerits);
        }

        return from == _items.Count - 1 ? total : null;
    }

    private double Best(int from, int line, int fitness, int hyphenRun)
    {
        var key = (from, Math.Min(line, _widths.ConstantFrom), fitness, hyphenRun);
        if (_best.TryGetValue(key, out var known))
        {
            return known;
        }

        var best = double.PositiveInfinity;
        for (var b = from + 1; b < _items.Count; b++)
        {
            if (Line(from, line, fitness, hyphenRun, b) is { } next)
            {
                var rest = b == _items.Count - 1 ? 0 : Best(b, line + 1, next.Fitness, next.HyphenRun);
                best = Math.Min(best, next.Demerits + rest);
            }
        }

        _best[key] = best;
        return best;
    }

    /// <summary>The line from the break at <paramref name="from"/> to the one at <paramref name="to"/>, if it is feasible.</summary>
    private (double Demerits, int Fitness, int HyphenRun)? Line(int from, int line, int previousFitness, int hyphenRun, int to)
    {
        var end = _items[to];
        var legal = end.Kind switch
        {
            ItemKind.Glue => to > 0 && _items[to - 1].Kind == ItemKind.Box,
            ItemKind.Penalty => end.Penalty < Item.Infinity && (_hyphens || !end.Flagged || end.Width == 0),
            _ => false,
        };
        if (!legal)
        {
            return null;
        }

        // After a break, glue and penalties are discarded up to the next box (or forced break).
        var start = from + 1;
        while (start < _items.Count && _items[start].Kind != ItemKind.Box && !_items[start].IsForcedBreak)
        {
            start++;
        }

        if (to < start)
        {
            return null;
        }

        double width = 0, stretch = 0, shrink = 0;
        var fills = false;
        for (var i = start; i < to; i++)
        {
            var item = _items[i];
            if (item.IsForcedBreak)
            {
                return null; // a line never runs past a forced break
            }

            if (item.Kind == ItemKind.Box)
            {
                width += item.Width;
            }
            else if (item.Kind == ItemKind.Glue)
            {
                width += item.Width;
                fills |= double.IsPositiveInfinity(item.Stretch);
                stretch += double.IsPositiveInfinity(item.Stretch) ? 0 : item.Stretch;
                shrink += item.Shrink;
            }
        }

        if (end.Kind == ItemKind.Penalty)
        {
            width += end.Width;
        }

        var shortfall = _widths[line] - width;
        var ratio = shortfall switch
        {
            > 0 when fills => 0,
            > 0 => stretch + _extraStretch > 0 ? shortfall / (stretch + _extraStretch) : double.PositiveInfinity,
            < 0 => shrink > 0 ? shortfall / shrink : double.NegativeInfinity,
            _ => 0,
        };
        var badness = double.IsInfinity(ratio) ? 10000 : Math.Min(10000, 100 * Math.Abs(ratio * ratio * ratio));
        if (ratio < -1 || badness > _threshold)
        {
            return null;
        }

        var hyphenated = end.Kind == ItemKind.Penalty && end.Flagged;
        var run = hyphenated ? hyphenRun + 1 : 0;
        if (hyphenated && _options.ConsecutiveHyphenLimit > 0 && run > _options.ConsecutiveHyphenLimit)
        {
            return null;
        }

        var demerits = Math.Pow(_options.LinePenalty + badness, 2);
        if (end.Kind == ItemKind.Penalty && end.Penalty >= 0)
        {
            demerits += end.Penalty * end.Penalty;
        }
        else if (end.Kind == ItemKind.Penalty && end.Penalty > -Item.Infinity)
        {
            demerits -= end.Penalty * end.Penalty;
        }

        if (hyphenRun > 0 && to == _items.Count - 1)
        {
            demerits += _options.FinalHyphenDemerits;
        }
        else if (hyphenRun > 0 && hyphenated)
        {
            demerits += _options.DoubleHyphenDemerits;
        }

        var fitness = ratio switch
        {
            > 1 => 0,
            > 0.5 => 1,
            >= -0.5 => 2,
            _ => 3,
        };
        if (Math.Abs(fitness - previousFitness) > 1)
        {
            demerits += _options.AdjDemerits;
        }

        return (demerits, fitness, run);
    }
}
