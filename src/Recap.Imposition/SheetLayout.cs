using Recap.Frames;

namespace Recap.Imposition;

/// <summary>
/// Where a side's two pages go: they meet at the sheet's centre line (the spine, where the sheet
/// is folded), the pair centred top to bottom, scaled down only when it does not fit.
/// </summary>
internal readonly record struct SheetLayout(Size Sheet, Size Page, double Scale)
{
    private const double Tolerance = 0.5;

    /// <param name="margin">Room to keep free on every edge of the sheet (for marks).</param>
    public static SheetLayout Fit(Size page, Size sheet, double margin)
    {
        var (width, height) = (sheet.Width - (2 * margin), sheet.Height - (2 * margin));
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentException($"a {sheet.Width:0.##} × {sheet.Height:0.##} pt sheet has no room for pages");
        }

        // Paper sizes are millimetres rounded to points: two A4 pages are 0.01 pt wider than A3.
        if (2 * page.Width <= width + Tolerance && page.Height <= height + Tolerance)
        {
            return new SheetLayout(sheet, page, 1);
        }

        return new SheetLayout(sheet, page, Math.Min(width / (2 * page.Width), height / page.Height));
    }

    public double Spine => Sheet.Width / 2;

    /// <summary>The area both pages cover together.</summary>
    public Rect Pair => new(Spine - (Page.Width * Scale), (Sheet.Height - (Page.Height * Scale)) / 2, 2 * Page.Width * Scale, Page.Height * Scale);

    public Point LeftOrigin => new(Pair.X, Pair.Y);

    public Point RightOrigin => new(Spine, Pair.Y);
}
