namespace Recap.Layout.Inline;

/// <summary>A line with its glue set: a value, as one is made for every line of the book and read once.</summary>
/// <param name="Start">Index of the line's first item (after the glue discarded at the break before).</param>
/// <param name="Break">Index of the item the line breaks at.</param>
/// <param name="Measure">The line's width from <see cref="LineWidths"/>, plus what hangs into the margins.</param>
/// <param name="Ratio">The glue set ratio used (clamped to −1 for an overfull line).</param>
/// <param name="Width">The width of the set material: <paramref name="Measure"/> unless the line is short of stretch or overfull.</param>
/// <param name="Items">Boxes and glue in order, then the break's penalty if it prints (a hyphen).</param>
public readonly record struct PositionedLine(int Start, int Break, double Measure, double Ratio, double Width, ArraySegment<PlacedItem> Items)
{
    /// <summary>The share by which the line's expandable boxes are widened (negative: narrowed); see <see cref="FontExpansion"/>.</summary>
    public double Expansion { get; init; }
}
