using Recap.Frames;

namespace Recap.Imposition;

/// <summary>
/// Picks everyday printer paper for a page size. A5 and half-letter are exactly half of A4 and
/// letter, so they print at full size; A4 and letter pages go onto their own paper, scaled down,
/// because larger paper (A3, tabloid) is rare in office printers. Any other size goes onto
/// whichever of A4 and letter shrinks it less.
/// </summary>
internal static class SheetChoice
{
    private static readonly (Size Page, Size Sheet)[] Natural =
    [
        (Size.A5, Size.A4), (Size.HalfLetter, Size.Letter), (Size.A4, Size.A4), (Size.Letter, Size.Letter),
    ];

    public static Size For(Size page)
    {
        foreach (var (known, sheet) in Natural)
        {
            if (PaperNames.Same(page, known))
            {
                return sheet;
            }
        }

        var onA4 = SheetLayout.Fit(page, Size.A4.Landscape, 0).Scale;
        var onLetter = SheetLayout.Fit(page, Size.Letter.Landscape, 0).Scale;
        return onLetter > onA4 ? Size.Letter : Size.A4;
    }
}
