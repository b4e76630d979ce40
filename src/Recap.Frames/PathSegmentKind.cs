namespace Recap.Frames;

public enum PathSegmentKind
{
    MoveTo,
    LineTo,

    /// <summary>A cubic Bézier curve: two control points, then the end point.</summary>
    CubicTo,
    Close,
}
