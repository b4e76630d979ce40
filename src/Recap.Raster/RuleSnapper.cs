using Recap.Frames;
using SkiaSharp;

namespace Recap.Raster;

/// <summary>
/// Stroke adjustment for rules, as poppler and pdf.js do it: a horizontal or vertical line a few
/// pixels thick or less gets its edges rounded to whole pixels (at least one apart), so a ruled
/// line shows as one crisp row rather than two grey ones.
/// </summary>
internal static class RuleSnapper
{
    // Thicker lines keep their true edges: half a grey pixel on each side no longer shows.
    private const double MaxPixels = 3;

    /// <returns>Whether the shape is a thin straight rule; if so, where to stroke it in device pixels.</returns>
    public static bool TrySnap(ShapeItem shape, SKMatrix toDevice, out SKPoint from, out SKPoint to, out float width)
    {
        (from, to, width) = (default, default, 0);
        var segments = shape.Path.Segments;
        if (shape.Stroke is not { } stroke || shape.Fill is not null || toDevice.SkewX != 0 || toDevice.SkewY != 0
            || segments.Length != 2 || segments[0].Kind != PathSegmentKind.MoveTo || segments[1].Kind != PathSegmentKind.LineTo)
        {
            return false;
        }

        var start = toDevice.MapPoint((float)segments[0].To.X, (float)segments[0].To.Y);
        var end = toDevice.MapPoint((float)segments[1].To.X, (float)segments[1].To.Y);
        if (start.Y == end.Y)
        {
            var (centre, thickness) = Snap(start.Y, stroke.Width * Math.Abs(toDevice.ScaleY));
            (from, to, width) = (new SKPoint(start.X, centre), new SKPoint(end.X, centre), thickness);
            return thickness > 0;
        }

        if (start.X == end.X)
        {
            var (centre, thickness) = Snap(start.X, stroke.Width * Math.Abs(toDevice.ScaleX));
            (from, to, width) = (new SKPoint(centre, start.Y), new SKPoint(centre, end.Y), thickness);
            return thickness > 0;
        }

        return false;
    }

    /// <returns>The rounded line's centre and thickness; thickness 0 when the line is too thick to snap.</returns>
    private static (float Centre, float Thickness) Snap(double centre, double thickness)
    {
        if (thickness > MaxPixels)
        {
            return (0, 0);
        }

        var near = Math.Round(centre - (thickness / 2), MidpointRounding.AwayFromZero);
        var far = Math.Max(near + 1, Math.Round(centre + (thickness / 2), MidpointRounding.AwayFromZero));
        return ((float)((near + far) / 2), (float)(far - near));
    }
}
