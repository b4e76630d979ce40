namespace Recap.Layout.Inline;

/// <summary>One line chosen by a breaker.</summary>
/// <param name="Break">Index of the item the line breaks at (glue or penalty); the last line breaks at the final forced penalty.</param>
/// <param name="Ratio">The adjustment ratio: the share of the line's stretch (positive) or
/// shrink (negative) used to fill the measure; 0 for a line that ends with infinite glue;
/// +∞ for a short line with nothing to stretch; below −1 only for an overfull line.</param>
/// <param name="Fitness">The fitness class of <paramref name="Ratio"/>.</param>
/// <param name="Hyphenated">Whether the line ends at a flagged penalty (prints a hyphen or ends in one).</param>
/// <param name="Overflow">How far the line runs past the measure even at full shrink; 0 unless the line is overfull.</param>
public readonly record struct LineFit(int Break, double Ratio, FitnessClass Fitness, bool Hyphenated, double Overflow)
{
    public bool IsOverfull => Overflow > 0;
}
