namespace Recap.Frames;

/// <summary>
/// An item moved by the offsets of the groups around it, innermost first: every point it holds, or, for a
/// group, its content and clip. Each offset is added in turn, so positions are the same sums a move per
/// group would make, bit for bit.
/// </summary>
internal sealed class FrameItemMover(Point[] offsets) : IFrameItemVisitor<FrameItem>
{
    public FrameItem Visit(GlyphRunItem run) => run with { Origin = Move(run.Origin) };

    public FrameItem Visit(ShapeItem shape) => shape with { Path = new ShapePath([.. shape.Path.Segments.Select(Move)]) };

    public FrameItem Visit(ImageItem image) => image with { Bounds = Move(image.Bounds) };

    public FrameItem Visit(LinkItem link) => link with { Area = Move(link.Area) };

    public FrameItem Visit(DestinationItem destination) => destination with { Position = Move(destination.Position) };

    public FrameItem Visit(PlacedPageItem placed) => placed with { Origin = Move(placed.Origin) };

    public FrameItem Visit(GroupItem group) =>
        group with { Items = [.. group.Items.Select(item => item.Accept(this))], Clip = group.Clip is { } clip ? Move(clip) : null };

    public Point Move(Point point)
    {
        foreach (var offset in offsets)
        {
            point = point.Offset(offset.X, offset.Y);
        }

        return point;
    }

    private PathSegment Move(PathSegment segment) =>
        segment with { To = Move(segment.To), Control1 = Move(segment.Control1), Control2 = Move(segment.Control2) };

    private Rect Move(Rect rect)
    {
        var corner = Move(new Point(rect.X, rect.Y));
        return rect with { X = corner.X, Y = corner.Y };
    }
}
