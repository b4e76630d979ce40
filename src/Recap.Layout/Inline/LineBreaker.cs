using System.Runtime.InteropServices;

namespace Recap.Layout.Inline;

/*
 * Knuth–Plass total-fit line breaking: D. E. Knuth and M. F. Plass, "Breaking paragraphs
 * into lines", Software—Practice and Experience 11 (1981) 1119–1184, with TeX's demerits
 * and passes (The TeXbook ch. 14; tex.web §813–890).
 *
 * Control flow:
 *
 *   Break ─┬─ Run(pass 1: Pretolerance, discretionary hyphens not tried)   ─┐ first pass that
 *          ├─ Run(pass 2: Tolerance, hyphens tried)                        ─┤ ends with an
 *          ├─ Run(pass 3: Tolerance + EmergencyStretch, if set)            ─┤ active node wins
 *          └─ Run(pass 4, Forced: any looseness; overfull only if it must) ─┘
 *
 *   Run: for each legal breakpoint b (glue after a box; penalty below +∞), in order:
 *     for each active node a (a feasible break, or the paragraph's start):
 *       r = ratio of the line a→b against the measure of line a.Line
 *       r < −1 or b forced      → a is deactivated (later lines from a only get longer)
 *       badness(r) ≤ threshold  → candidate: demerits = (LinePenalty + badness)² ± penalty²
 *                                  + DoubleHyphenDemerits / FinalHyphenDemerits
 *                                  + AdjDemerits when fitness classes are not neighbours;
 *                                  the best per (fitness class, hyphen run, line number
 *                                  while widths still vary) survives
 *     Forced pass, nothing feasible and no node left: the latest deactivated node makes an
 *       overfull line to b (TeX's "artificial demerits"), so breaking always finishes.
 *     candidates become new active nodes at b.
 *     An empty active list ends a non-final pass: infeasible, try the next pass.
 *   The final forced break's best node (or the one nearest Looseness) is traced back; a pass
 *   that finds lines but misses the Looseness hands over to the next, as in TeX.
 *
 * A box may stretch and shrink too: pdfTeX's font expansion (Hàn Thế Thành 2000; microtype
 * manual §5.2), counted with the glue's in the ratio, as pdfTeX's \pdfadjustspacing=2 does; see
 * FontExpansion and LinePositioner for how a line's expansion is then stepped and set.
 *
 * Differences from TeX, on purpose: the last resort accepts underfull lines before overfull
 * ones (TeX's final pass keeps the tolerance and lets lines overflow), so no line exceeds the
 * measure unless unbreakable material is wider than it; and ConsecutiveHyphenLimit is a hard
 * rule, kept exactly by making the length of the run of hyphenated lines part of a node's
 * identity (like its fitness class), so the optimum under the rule is still found.
 */

/// <summary>Chooses a paragraph's breakpoints by Knuth and Plass's total-fit algorithm.</summary>
public static class LineBreaker
{
    /// <summary>Badness of a line that cannot be set within tolerance (TeX's inf_bad).</summary>
    private const double InfiniteBadness = 10000;

    /// <summary>
    /// Breaks <paramref name="items"/>, which must end with a forced break (normally
    /// <c>NoBreak, Glue(0, ∞, 0), ForcedBreak</c>), into lines of <paramref name="widths"/>.
    /// Always returns lines; <see cref="BreakResult.Pass"/> says how hard it had to try.
    /// </summary>
    public static BreakResult Break(ReadOnlySpan<Item> items, LineWidths widths, BreakOptions options)
    {
        var lines = new List<LineFit>();
        var pass = Break(items, widths, options, lines, out var demerits);
        return new BreakResult(lines.ToArray(), pass, demerits);
    }

    /// <summary>
    /// As the public overload, with the lines written into <paramref name="lines"/> (emptied first):
    /// the layouter breaks thousands of paragraphs into one list, where a result and two arrays for each
    /// were a tenth of what layout allocated.
    /// </summary>
    internal static BreakPass Break(ReadOnlySpan<Item> items, LineWidths widths, BreakOptions options, List<LineFit> lines, out double demerits)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(options);
        lines.Clear();
        demerits = 0;
        if (items.IsEmpty)
        {
            return BreakPass.Tolerance;
        }

        if (!items[^1].IsForcedBreak)
        {
            throw new ArgumentException("A paragraph's items must end with a forced break.", nameof(items));
        }

        var sums = ItemSums.Of(items);
        (LineFit[] Lines, double Demerits, BreakPass Pass)? closest = null;
        // TeX's passes in order, skipping those the options turn off; by index, not an iterator made per paragraph.
        for (var pass = BreakPass.Pretolerance; pass <= BreakPass.EmergencyStretch; pass++)
        {
            var (threshold, extraStretch, hyphens) = pass switch
            {
                BreakPass.Pretolerance => (options.Pretolerance, 0.0, false),
                BreakPass.Tolerance => (options.Tolerance, 0.0, true),
                _ => (options.Tolerance, options.EmergencyStretch, true),
            };
            if ((pass == BreakPass.Pretolerance && options.Pretolerance < 0) || (pass == BreakPass.EmergencyStretch && options.EmergencyStretch <= 0))
            {
                continue;
            }

            var run = new Run(items, sums, widths, options, threshold, extraStretch, hyphens, forced: false);
            if (run.Execute() is not { } solution)
            {
                continue;
            }

            run.Trace(solution.Best, lines);
            demerits = solution.Demerits;

            // Like TeX, a pass that cannot meet the looseness hands over to the next one (which reuses the
            // scratch the lines are traced from: the closest so far is kept aside, only with a looseness set).
            if (solution.MeetsLooseness)
            {
                return pass;
            }

            closest = ([.. lines], solution.Demerits, pass);
        }

        if (closest is { } found)
        {
            lines.Clear();
            lines.AddRange(found.Lines);
            demerits = found.Demerits;
            return found.Pass;
        }

        var last = new Run(items, sums, widths, options, double.PositiveInfinity, options.EmergencyStretch, hyphens: true, forced: true);
        var forced = last.Execute()!.Value;
        last.Trace(forced.Best, lines);
        demerits = forced.Demerits;
        return BreakPass.Forced;
    }

    internal static double Badness(double ratio) =>
        double.IsInfinity(ratio) ? InfiniteBadness : Math.Min(InfiniteBadness, 100 * Math.Abs(ratio * ratio * ratio));

    internal static FitnessClass Fitness(double ratio) => ratio switch
    {
        < -0.5 => FitnessClass.Tight,
        <= 0.5 => FitnessClass.Decent,
        <= 1 => FitnessClass.Loose,
        _ => FitnessClass.VeryLoose,
    };

    /// <summary>A feasible break: where, how the line ending here is set, and the best way to get here.</summary>
    private readonly record struct Node(
        int Position, int Line, FitnessClass Fitness, int HyphenRun, double Demerits, int Previous, double Ratio, bool Hyphenated, double Overflow);

    /// <summary>
    /// The lists a pass works in, one set per thread and cleared by each pass: a book is thousands of
    /// paragraphs of up to four passes each, and growing new lists each time was a tenth of layout's allocation.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_scratch;

        public List<Node> Nodes { get; } = [];

        public List<int> Active { get; } = [];

        public List<int> Kept { get; } = [];

        public List<Node> Candidates { get; } = [];

        public static Scratch Cleared()
        {
            var scratch = t_scratch ??= new Scratch();
            scratch.Nodes.Clear();
            scratch.Active.Clear();
            scratch.Kept.Clear();
            scratch.Candidates.Clear();
            return scratch;
        }
    }

    /// <summary>One pass over the items with one threshold.</summary>
    private readonly ref struct Run
    {
        private readonly ReadOnlySpan<Item> _items;
        private readonly ItemSums _sums;
        private readonly LineWidths _widths;
        private readonly BreakOptions _options;
        private readonly double _threshold;
        private readonly double _extraStretch;
        private readonly bool _hyphens;
        private readonly bool _forced;
        private readonly Scratch _scratch;
        private readonly List<Node> _nodes;

        public Run(ReadOnlySpan<Item> items, ItemSums sums, LineWidths widths, BreakOptions options,
            double threshold, double extraStretch, bool hyphens, bool forced)
        {
            _items = items;
            _sums = sums;
            _widths = widths;
            _options = options;
            _threshold = threshold;
            _extraStretch = extraStretch;
            _hyphens = hyphens;
            _forced = forced;
            _scratch = Scratch.Cleared();
            _nodes = _scratch.Nodes;
        }

        /// <summary>The solution, or null when the pass finds no feasible breaks.</summary>
        public Solution? Execute()
        {
            _nodes.Add(new Node(-1, 0, FitnessClass.Decent, 0, 0, -1, 0, false, 0));
            var (active, kept, candidates) = (_scratch.Active, _scratch.Kept, _scratch.Candidates);
            active.Add(0);
            for (var b = 0; b < _items.Length; b++)
            {
                if (!IsLegalBreak(b))
                {
                    continue;
                }

                candidates.Clear();
                kept.Clear();
                var lastDeactivated = -1;
                var forcedBreak = _items[b].IsForcedBreak;
                var nodes = CollectionsMarshal.AsSpan(_nodes);
                foreach (var a in active)
                {
                    ref readonly var node = ref nodes[a];
                    var start = _sums.LineStart(node.Position);
                    if (b < start)
                    {
                        // b lies in the glue discarded after a: no line between them.
                        kept.Add(a);
                        continue;
                    }

                    var measure = _sums.Measure(_items, start, b);
                    var ratio = measure.Ratio(_widths[node.Line], _extraStretch);
                    if (ratio < -1 || forcedBreak)
                    {
                        if (lastDeactivated < 0 || node.Position >= nodes[lastDeactivated].Position)
                        {
                            lastDeactivated = a;
                        }
                    }
                    else
                    {
                        kept.Add(a);
                    }

                    if (ratio >= -1 && Badness(ratio) <= _threshold)
                    {
                        Consider(candidates, a, in node, b, ratio, 0);
                    }
                }

                if (candidates.Count == 0 && kept.Count == 0 && _forced && lastDeactivated >= 0)
                {
                    // Nothing fits: the shortest line left runs past the measure.
                    var node = _nodes[lastDeactivated];
                    var measure = _sums.Measure(_items, _sums.LineStart(node.Position), b);
                    var width = _widths[node.Line];
                    Consider(candidates, lastDeactivated, in node, b, measure.Ratio(width, _extraStretch), measure.Overflow(width));
                }

                (active, kept) = (kept, active);
                foreach (var candidate in candidates)
                {
                    active.Add(_nodes.Count);
                    _nodes.Add(candidate);
                }

                if (active.Count == 0)
                {
                    return null;
                }
            }

            return Choose(active);
        }

        private bool IsLegalBreak(int b)
        {
            var item = _items[b];
            return item.Kind switch
            {
                ItemKind.Glue => b > 0 && _items[b - 1].Kind == ItemKind.Box,
                // The first pass tries no discretionary hyphens (flagged breaks that print one);
                // explicit hyphens, which print nothing extra, are tried in every pass.
                ItemKind.Penalty => item.Penalty < Item.Infinity && (_hyphens || !item.Flagged || item.Width == 0),
                _ => false,
            };
        }

        /// <summary>Adds the line a→b as a candidate unless a better equivalent one exists.</summary>
        private void Consider(List<Node> candidates, int from, in Node a, int b, double ratio, double overflow)
        {
            var item = _items[b];
            var hyphenated = item.Kind == ItemKind.Penalty && item.Flagged;
            var hyphenRun = hyphenated ? a.HyphenRun + 1 : 0;
            if (hyphenated && _options.ConsecutiveHyphenLimit > 0 && hyphenRun > _options.ConsecutiveHyphenLimit)
            {
                return;
            }

            var badness = Badness(ratio);
            var demerits = (_options.LinePenalty + badness) * (_options.LinePenalty + badness);
            if (item.Kind == ItemKind.Penalty)
            {
                if (item.Penalty >= 0)
                {
                    demerits += item.Penalty * item.Penalty;
                }
                else if (item.Penalty > -Item.Infinity)
                {
                    demerits -= item.Penalty * item.Penalty;
                }
            }

            if (a.Hyphenated)
            {
                if (b == _items.Length - 1)
                {
                    demerits += _options.FinalHyphenDemerits;
                }
                else if (hyphenated)
                {
                    demerits += _options.DoubleHyphenDemerits;
                }
            }

            var fitness = Fitness(ratio);
            if (Math.Abs((int)fitness - (int)a.Fitness) > 1)
            {
                demerits += _options.AdjDemerits;
            }

            var node = new Node(b, a.Line + 1, fitness, hyphenRun, a.Demerits + demerits, from, ratio, hyphenated, overflow);
            var mergeLines = _options.Looseness == 0 && node.Line >= _widths.ConstantFrom;
            for (var i = 0; i < candidates.Count; i++)
            {
                var other = candidates[i];
                if (other.Fitness == node.Fitness && other.HyphenRun == node.HyphenRun
                    && (other.Line == node.Line || (mergeLines && other.Line >= _widths.ConstantFrom)))
                {
                    if (node.Demerits < other.Demerits)
                    {
                        candidates[i] = node;
                    }

                    return;
                }
            }

            candidates.Add(node);
        }

        /// <summary>The best node at the final break, or the one nearest the requested looseness.</summary>
        private Solution Choose(List<int> active)
        {
            var best = active[0];
            foreach (var i in active)
            {
                if (_nodes[i].Demerits < _nodes[best].Demerits)
                {
                    best = i;
                }
            }

            var optimum = _nodes[best].Line;
            if (_options.Looseness != 0)
            {
                // TeX's \looseness: the line count nearest optimum + Looseness, then fewest demerits.
                var target = optimum + _options.Looseness;
                foreach (var i in active)
                {
                    var distance = Math.Abs(_nodes[i].Line - target);
                    var bestDistance = Math.Abs(_nodes[best].Line - target);
                    if (distance < bestDistance || (distance == bestDistance && _nodes[i].Demerits < _nodes[best].Demerits))
                    {
                        best = i;
                    }
                }
            }

            return new Solution(best, _nodes[best].Demerits, _nodes[best].Line - optimum == _options.Looseness);
        }

        /// <summary>The lines that lead to node <paramref name="best"/>, into <paramref name="lines"/> (emptied first).</summary>
        public void Trace(int best, List<LineFit> lines)
        {
            // A node's line number is how many lines lead to it: traced back, they fill the list from its end.
            lines.Clear();
            CollectionsMarshal.SetCount(lines, _nodes[best].Line);
            var traced = CollectionsMarshal.AsSpan(lines);
            for (var i = best; _nodes[i].Previous >= 0; i = _nodes[i].Previous)
            {
                var node = _nodes[i];
                traced[node.Line - 1] = new LineFit(node.Position, node.Ratio, node.Fitness, node.Hyphenated, node.Overflow);
            }
        }
    }

    /// <summary>A pass's answer: the node at the final break it chose, its total demerits, and whether it has the lines asked for.</summary>
    private readonly record struct Solution(int Best, double Demerits, bool MeetsLooseness);
}
