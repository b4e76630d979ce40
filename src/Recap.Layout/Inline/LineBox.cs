using System.Collections.Immutable;
using Recap.Frames;

namespace Recap.Layout.Inline;

/// <summary>
/// One set line of a paragraph or code block: the seam between the paragraph builder and the page builder.
/// Placed with <see cref="At"/>, it is one <see cref="TextLineItem"/>: its runs and items shared, not copied.
/// A value: made for every line of the book and read once, in the paragraph's list of lines.
/// </summary>
/// <param name="Ascent">Height above the baseline of the tallest glyph run (points).</param>
/// <param name="Descent">Depth below the baseline (points, positive).</param>
/// <param name="Width">The set width of the line's material.</param>
/// <param name="Runs">The glyph runs, in drawing order, relative to the line's origin: x = 0 at the start of the
/// measure, y = 0 on the baseline (y down, so ascenders have negative y).</param>
/// <param name="Items">What the line holds besides its runs (link areas, destinations), relative to the same origin.</param>
/// <param name="FirstWord">Index of the first word that begins on this line, counting the words of the
/// block's plain text (<see cref="Model.InlineText.Plain"/> split at white space) from 0; -1 when none begins here.</param>
/// <param name="Footnotes">Ids of the footnotes referenced on this line, in order: their notes go to the foot of this line's page.</param>
/// <param name="Hyphenated">The line ends with a hyphen the breaker added.</param>
public readonly record struct LineBox(
    double Ascent,
    double Descent,
    double Width,
    ImmutableArray<GlyphRun> Runs,
    ImmutableArray<FrameItem> Items,
    int FirstWord,
    ImmutableArray<string> Footnotes,
    bool Hyphenated)
{
    /// <summary>The line as a frame item, its baseline starting at <paramref name="origin"/>.</summary>
    public TextLineItem At(Point origin) => new(origin, Runs, Items);
}
