using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// A set line of text: its words as <see cref="GlyphRun"/> values on one baseline, then what else the line
/// holds. Like a <see cref="GroupItem"/> of runs, at one object and one array a line: a run an object, and a
/// group's array of them, made the words of a book most of the memory layout leaves alive. Writers walk it
/// as a group at <see cref="Origin"/>, so every position on the page is the same sum, bit for bit.
/// </summary>
/// <param name="Origin">Where the line's baseline starts (the origin of its runs and items), in the coordinates of what holds it.</param>
/// <param name="Runs">Drawn in order, each relative to <paramref name="Origin"/>.</param>
/// <param name="Items">What the line holds besides its text, after it and relative to <paramref name="Origin"/>:
/// a link's clickable area, the destination at a paragraph's start. Empty for most lines.</param>
public sealed record TextLineItem(Point Origin, ImmutableArray<GlyphRun> Runs, ImmutableArray<FrameItem> Items) : FrameItem
{
    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
