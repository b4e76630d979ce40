namespace Recap.Frames;

/// <summary>A position on a page in points (1/72 inch), from the page's top-left corner: x to the right, y down.</summary>
public readonly record struct Point(double X, double Y)
{
    public Point Offset(double dx, double dy) => new(X + dx, Y + dy);
}
