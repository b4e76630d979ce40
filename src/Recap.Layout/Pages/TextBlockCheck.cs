using Recap.Fonts;
using Recap.Frames;

namespace Recap.Layout.Pages;

/// <summary>
/// The booklet's invariant: everything the text block holds stays inside it. Ink that leaves the
/// block is reported (it crowds the margin or the furniture's bands); ink that would leave the
/// paper is also left out, so nothing is ever cut off by the page edge.
/// </summary>
public static class TextBlockCheck
{
    // Protrusion hangs punctuation into the margin, and an opening line's ascenders may rise a
    // little above the block's top: a hair's breadth, not a fault.
    private const double Horizontal = 4;
    private const double Vertical = 3;

    /// <summary>The items to draw, and what was outside the block (the item and its ink), in page order.</summary>
    public static (List<FrameItem> Kept, List<(FrameItem Item, Rect Ink)> Outside) Check(IEnumerable<FrameItem> items, Rect block, Size paper, FontBook fonts)
    {
        var kept = new List<FrameItem>();
        var outside = new List<(FrameItem, Rect)>();
        var page = new Rect(0, 0, paper.Width, paper.Height);
        foreach (var item in items)
        {
            if (InkBounds.Of(item, fonts) is not { } ink || Inside(ink, block, Horizontal, Vertical))
            {
                kept.Add(item);
                continue;
            }

            outside.Add((item, ink));
            if (Inside(ink, page, 0, 0))
            {
                kept.Add(item);
            }
        }

        return (kept, outside);
    }

    public static bool Inside(Rect ink, Rect block, double horizontal, double vertical) =>
        ink.X >= block.X - horizontal && ink.Right <= block.Right + horizontal
        && ink.Y >= block.Y - vertical && ink.Bottom <= block.Bottom + vertical;
}
