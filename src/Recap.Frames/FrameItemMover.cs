namespace Recap.Frames;

/// <summary>An item moved by (<paramref name="dx"/>, <paramref name="dy"/>): every point it holds, or, for a group, its content and clip.</summary>
internal sealed class FrameItemMover(double dx, double dy) : IFrameItemVisitor<FrameItem>
{
    public FrameItem Visit(GlyphRunItem run) => run with { Origin = run.Origin.Offset(dx, dy) };

    public FrameItem Visit(ShapeItem shape) => shape with { Path = new ShapePath([.. shape.Path.Segments.Select(Move)]) };

    public FrameItem Visit(ImageItem image) => image with { Bounds = Move(image.Bounds) };

    public FrameItem Visit(LinkItem link) => link with { Area = Move(link.Area) };

    public FrameItem Visit(DestinationItem destination) => destination with { Position = destination.Position.Offset(dx, dy) };

    public FrameItem Visit(PlacedPageItem placed) => placed with { Origin = placed.Origin.Offset(dx, dy) };

    public FrameItem Visit(GroupItem group) =>
        group with { Items = [.. group.Items.Select(item => item.Accept(this))], Clip = group.Clip is { } clip ? Move(clip) : null };

    private PathSegment Move(PathSegment segment) =>
        segment with { To = segment.To.Offset(dx, dy), Control1 = segment.Control1.Offset(dx, dy), Control2 = segment.Control2.Offset(dx, dy) };

    private Rect Move(Rect rect) => rect with { X = rect.X + dx, Y = rect.Y + dy };
}
