using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// Items moved together: a block of lines, a footnote, a table cell. Its items are relative to
/// <see cref="Offset"/>, so a block is placed by wrapping it, not by rewriting every item.
/// </summary>
public sealed record GroupItem : FrameItem
{
    // A clip is rare (a table cell, a picture) and a Rect? held in every group would make each
    // 32 bytes bigger: every set line of a book is two groups, kept until the PDF is written.
    private readonly ClipArea? _clip;

    /// <param name="offset">Where the group's origin sits in the coordinates of what holds it.</param>
    /// <param name="clip">When set, nothing of the group shows outside this rectangle (in the group's own coordinates).</param>
    public GroupItem(Point offset, ImmutableArray<FrameItem> items, Rect? clip = null)
    {
        Offset = offset;
        Items = items;
        Clip = clip;
    }

    /// <summary>Where the group's origin sits in the coordinates of what holds it.</summary>
    public Point Offset { get; init; }

    public ImmutableArray<FrameItem> Items { get; init; }

    /// <summary>When set, nothing of the group shows outside this rectangle (in the group's own coordinates).</summary>
    public Rect? Clip
    {
        get => _clip?.Area;
        init => _clip = value is { } area ? new ClipArea(area) : null;
    }

    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);

    /// <summary>A record, so groups with equal clips are equal.</summary>
    private sealed record ClipArea(Rect Area);
}
