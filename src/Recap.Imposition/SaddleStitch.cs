using System.Collections.Immutable;

namespace Recap.Imposition;

/// <summary>
/// The page order of a saddle-stitched booklet. Each sheet carries four pages; nested and folded,
/// sheet k (from 0) of a booklet of n pages carries, front: n − 2k | 2k + 1, back: 2k + 2 | n − 2k − 1.
/// Printed duplex with the back turned over the short edge, the back's left half lies behind the
/// front's right half, so page 2 backs page 1 and n − 1 backs n.
/// </summary>
public static class SaddleStitch
{
    /// <summary>The page count rounded up to a multiple of four: blanks fill the difference.</summary>
    public static int PaddedCount(int pageCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageCount);
        return (pageCount + 3) / 4 * 4;
    }

    /// <summary>Every side in printing order: sheet 1 front, sheet 1 back, sheet 2 front, and so on.</summary>
    public static ImmutableArray<SheetSide> Sides(int pageCount)
    {
        var n = PaddedCount(pageCount);
        var sides = ImmutableArray.CreateBuilder<SheetSide>(n / 2);
        for (var k = 0; k < n / 4; k++)
        {
            sides.Add(new SheetSide(k + 1, Front: true, Left: n - (2 * k), Right: (2 * k) + 1));
            sides.Add(new SheetSide(k + 1, Front: false, Left: (2 * k) + 2, Right: n - (2 * k) - 1));
        }

        return sides.MoveToImmutable();
    }
}
