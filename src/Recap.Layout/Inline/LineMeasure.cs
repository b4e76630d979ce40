namespace Recap.Layout.Inline;

/// <summary>A line's natural width, finite stretch and shrink, and count of infinitely stretchable glues.</summary>
internal readonly record struct LineMeasure(double Width, double Stretch, double Shrink, int InfiniteGlues)
{
    /// <summary>
    /// The adjustment ratio r that sets this line to <paramref name="measure"/>, as in the
    /// paper: shortfall over stretch, or over shrink when too long (below −1: overfull).
    /// </summary>
    public double Ratio(double measure, double extraStretch)
    {
        var shortfall = measure - Width;
        if (shortfall > 0)
        {
            if (InfiniteGlues > 0)
            {
                return 0;
            }

            var stretch = Stretch + extraStretch;
            return stretch > 0 ? shortfall / stretch : double.PositiveInfinity;
        }

        if (shortfall < 0)
        {
            return Shrink > 0 ? shortfall / Shrink : double.NegativeInfinity;
        }

        return 0;
    }

    /// <summary>How far the line runs past <paramref name="measure"/> at full shrink.</summary>
    public double Overflow(double measure) => Math.Max(0, Width - Shrink - measure);
}
