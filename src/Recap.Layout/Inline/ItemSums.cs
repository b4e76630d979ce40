namespace Recap.Layout.Inline;

/// <summary>
/// Running totals over a paragraph's items, so the natural width, stretch and shrink of the
/// line between any two breaks costs a subtraction (as Typst's cumulative arrays do).
/// </summary>
internal sealed class ItemSums
{
    // Every paragraph is summed two or three times (each breaking pass, then placing the lines):
    // one set of arrays per thread, grown to the longest paragraph, instead of five new ones each time.
    [ThreadStatic]
    private static ItemSums? t_sums;

    private double[] _width = [];
    private double[] _stretch = [];
    private double[] _shrink = [];
    private int[] _infinite = [];
    private int[] _lineStart = [];

    private ItemSums()
    {
    }

    /// <summary>The sums of <paramref name="items"/>, in this thread's arrays: valid until the thread asks for another paragraph's.</summary>
    public static ItemSums Of(ReadOnlySpan<Item> items)
    {
        var sums = t_sums ??= new ItemSums();
        sums.Sum(items);
        return sums;
    }

    private void Sum(ReadOnlySpan<Item> items)
    {
        var n = items.Length;
        if (_width.Length < n + 1)
        {
            var length = Math.Max(n + 1, _width.Length * 2);
            (_width, _stretch, _shrink, _infinite, _lineStart) = (new double[length], new double[length], new double[length], new int[length], new int[length]);
        }

        (_width[0], _stretch[0], _shrink[0], _infinite[0]) = (0, 0, 0, 0);
        for (var i = 0; i < n; i++)
        {
            var item = items[i];
            var counted = item.Kind != ItemKind.Penalty;
            var infinite = item.Kind == ItemKind.Glue && double.IsPositiveInfinity(item.Stretch);
            _width[i + 1] = _width[i] + (counted ? item.Width : 0);
            // A box's stretch and shrink are its font expansion: pdfTeX counts them with the glue's.
            _stretch[i + 1] = _stretch[i] + (counted && !infinite ? item.Stretch : 0);
            _shrink[i + 1] = _shrink[i] + (counted ? item.Shrink : 0);
            _infinite[i + 1] = _infinite[i] + (infinite ? 1 : 0);
        }

        // After a break, glue and penalties are discarded up to the next box or forced break.
        var next = n;
        for (var i = n - 1; i >= -1; i--)
        {
            _lineStart[i + 1] = next;
            if (i >= 0 && (items[i].Kind == ItemKind.Box || items[i].IsForcedBreak))
            {
                next = i;
            }
        }
    }

    /// <summary>Where the line after a break at <paramref name="breakIndex"/> begins (−1: the paragraph's start, nothing discarded).</summary>
    public int LineStart(int breakIndex) => breakIndex < 0 ? 0 : _lineStart[breakIndex + 1];

    /// <summary>The line from item <paramref name="start"/> up to a break at <paramref name="end"/>.</summary>
    public LineMeasure Measure(ReadOnlySpan<Item> items, int start, int end)
    {
        var breakItem = items[end];
        var penaltyWidth = breakItem.Kind == ItemKind.Penalty ? breakItem.Width : 0;
        return new LineMeasure(
            _width[end] - _width[start] + penaltyWidth,
            _stretch[end] - _stretch[start],
            _shrink[end] - _shrink[start],
            _infinite[end] - _infinite[start]);
    }
}
