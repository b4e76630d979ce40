using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>The outline of a shape, in page coordinates: rules, rectangles and simple paths.</summary>
public sealed record ShapePath(ImmutableArray<PathSegment> Segments)
{
    /// <summary>A straight line, e.g. a rule (stroke it).</summary>
    public static ShapePath Line(Point from, Point to) => new([PathSegment.MoveTo(from), PathSegment.LineTo(to)]);

    /// <summary>A closed rectangle.</summary>
    public static ShapePath Rectangle(Rect rect) => new([
        PathSegment.MoveTo(new Point(rect.X, rect.Y)),
        PathSegment.LineTo(new Point(rect.Right, rect.Y)),
        PathSegment.LineTo(new Point(rect.Right, rect.Bottom)),
        PathSegment.LineTo(new Point(rect.X, rect.Bottom)),
        PathSegment.Close(),
    ]);
}
