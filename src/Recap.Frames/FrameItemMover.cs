namespace Recap.Frames;

/// <summary>
/// An item moved by the offsets of the groups around it (<see cref="GroupOffsets"/>, as they stand when the
/// item is visited): every point it holds, or, for a group, its content and clip.
/// </summary>
internal sealed class FrameItemMover(GroupOffsets offsets) : IFrameItemVisitor<FrameItem>
{
    public FrameItem Visit(GlyphRunItem run) => run with { Origin = offsets.Move(run.Origin) };

    // Its runs and items are relative to its origin: they move with it.
    public FrameItem Visit(TextLineItem line) => line with { Origin = offsets.Move(line.Origin) };

    public FrameItem Visit(ShapeItem shape) => shape with { Path = new ShapePath([.. shape.Path.Segments.Select(Move)]) };

    public FrameItem Visit(ImageItem image) => image with { Bounds = offsets.Move(image.Bounds) };

    public FrameItem Visit(LinkItem link) => link with { Area = offsets.Move(link.Area) };

    public FrameItem Visit(DestinationItem destination) => destination with { Position = offsets.Move(destination.Position) };

    public FrameItem Visit(PlacedPageItem placed) => placed with { Origin = offsets.Move(placed.Origin) };

    public FrameItem Visit(GroupItem group) =>
        group with { Items = [.. group.Items.Select(item => item.Accept(this))], Clip = group.Clip is { } clip ? offsets.Move(clip) : null };

    private PathSegment Move(PathSegment segment) =>
        segment with { To = offsets.Move(segment.To), Control1 = offsets.Move(segment.Control1), Control2 = offsets.Move(segment.Control2) };
}
