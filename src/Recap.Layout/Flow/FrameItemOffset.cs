using Recap.Frames;

namespace Recap.Layout.Flow;

/// <summary>Moves frame items, and strips their structure element from copies that are page furniture.</summary>
public static class FrameItemOffset
{
    public static FrameItem Offset(this FrameItem item, double dx, double dy) => item switch
    {
        GlyphRunItem run => run with { Origin = run.Origin.Offset(dx, dy) },
        ShapeItem shape => shape with { Path = new ShapePath([.. shape.Path.Segments.Select(s => Move(s, dx, dy))]) },
        ImageItem image => image with { Bounds = Move(image.Bounds, dx, dy) },
        LinkItem link => link with { Area = Move(link.Area, dx, dy) },
        DestinationItem destination => destination with { Position = destination.Position.Offset(dx, dy) },
        PlacedPageItem placed => placed with { Origin = placed.Origin.Offset(dx, dy) },
        _ => throw new InvalidOperationException($"unknown frame item {item.GetType().Name}"),
    };

    /// <summary>The same item as an artifact (no structure element): a repeated table header, for instance.</summary>
    public static FrameItem? AsArtifact(this FrameItem item) => item switch
    {
        GlyphRunItem run => run with { Element = null },
        ShapeItem shape => shape with { Element = null },
        ImageItem image => image with { Element = null },
        LinkItem => null, // a repeated header's links would duplicate the original's
        DestinationItem => null, // names must stay unique
        PlacedPageItem placed => placed, // it has no element of its own, and a document that places pages is untagged
        _ => throw new InvalidOperationException($"unknown frame item {item.GetType().Name}"),
    };

    private static PathSegment Move(PathSegment segment, double dx, double dy) =>
        segment with { To = segment.To.Offset(dx, dy), Control1 = segment.Control1.Offset(dx, dy), Control2 = segment.Control2.Offset(dx, dy) };

    private static Rect Move(Rect rect, double dx, double dy) => rect with { X = rect.X + dx, Y = rect.Y + dy };
}
