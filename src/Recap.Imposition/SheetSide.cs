namespace Recap.Imposition;

/// <summary>
/// One side of a printer sheet: the booklet pages on its left and right halves, numbered from 1.
/// A number past the booklet's last page is a blank that pads the count to a multiple of four.
/// </summary>
/// <param name="Sheet">The sheet, from 1 (the outermost sheet of the folded booklet).</param>
/// <param name="Front">True for the side printed first (it carries the booklet's outer pages).</param>
public readonly record struct SheetSide(int Sheet, bool Front, int Left, int Right);
