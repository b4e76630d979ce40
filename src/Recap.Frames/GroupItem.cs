using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// Items moved together: a block of lines, a footnote, a table cell. Its items are relative to
/// <paramref name="Offset"/>, so a block is placed by wrapping it, not by rewriting every item.
/// </summary>
/// <param name="Offset">Where the group's origin sits in the coordinates of what holds it.</param>
/// <param name="Clip">When set, nothing of the group shows outside this rectangle (in the group's own coordinates).</param>
public sealed record GroupItem(Point Offset, ImmutableArray<FrameItem> Items, Rect? Clip = null) : FrameItem
{
    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
