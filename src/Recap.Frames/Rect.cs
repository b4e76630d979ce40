namespace Recap.Frames;

/// <summary>A rectangle in points: its top-left corner (y down from the page's top) and its size.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}
