using System.Collections.Immutable;
using Recap.Frames;

namespace Recap.Imposition;

/// <summary>
/// Thin registration-style lines outside the pages: trim marks continue the pair's outer edges
/// at its four corners, fold marks continue the spine above and below. Each stops short of the
/// page so no mark shows on the trimmed booklet.
/// </summary>
internal static class PrinterMarks
{
    /// <summary>Gap between a page edge and its mark.</summary>
    public const double Gap = 3;

    public const double Length = 12;

    /// <summary>The room marks need on each side of the pages.</summary>
    public const double Margin = Gap + Length + 3;

    private static readonly Stroke Hairline = new(Color.Black, 0.25);

    public static IEnumerable<FrameItem> For(SheetLayout layout)
    {
        var pair = layout.Pair;
        foreach (var (x, outward) in new[] { (pair.X, -1), (pair.Right, 1) })
        {
            foreach (var (y, away) in new[] { (pair.Y, -1), (pair.Bottom, 1) })
            {
                yield return Line(new Point(x + (outward * Gap), y), new Point(x + (outward * (Gap + Length)), y));
                yield return Line(new Point(x, y + (away * Gap)), new Point(x, y + (away * (Gap + Length))));
            }
        }

        yield return Line(new Point(layout.Spine, pair.Y - Gap), new Point(layout.Spine, pair.Y - Gap - Length));
        yield return Line(new Point(layout.Spine, pair.Bottom + Gap), new Point(layout.Spine, pair.Bottom + Gap + Length));
    }

    private static ShapeItem Line(Point from, Point to) => new(ShapePath.Line(from, to), null, Hairline, null);
}
