namespace Recap.Frames;

/// <summary>One step of a path. Only <see cref="PathSegmentKind.CubicTo"/> uses the control points; <see cref="PathSegmentKind.Close"/> uses no point.</summary>
public readonly record struct PathSegment(PathSegmentKind Kind, Point To, Point Control1 = default, Point Control2 = default)
{
    public static PathSegment MoveTo(Point to) => new(PathSegmentKind.MoveTo, to);

    public static PathSegment LineTo(Point to) => new(PathSegmentKind.LineTo, to);

    public static PathSegment CubicTo(Point control1, Point control2, Point to) => new(PathSegmentKind.CubicTo, to, control1, control2);

    public static PathSegment Close() => new(PathSegmentKind.Close, default);
}
