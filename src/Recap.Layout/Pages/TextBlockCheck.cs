using System.Collections.Immutable;
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

    // Far above the rounding of any sum of page coordinates, far below anything a reader could see.
    private const double Hair = 1e-6;

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

    /// <summary>
    /// Whether every item's ink is inside the block, as <see cref="Check"/> would find on the items
    /// flattened, without copying them: groups and lines are walked with their offsets, and a glyph run's ink
    /// is measured from its origin moved as a flattening would move it. A clipped group shows
    /// nothing outside its clip and counts as inside, as it does flattened.
    /// </summary>
    public static bool AllInside(IEnumerable<FrameItem> items, Rect block, FontBook fonts)
    {
        var offsets = new GroupOffsets();
        return items.All(item => InkInside(item, block, fonts, offsets));
    }

    private static bool InkInside(FrameItem item, Rect block, FontBook fonts, GroupOffsets offsets)
    {
        if (item is TextLineItem line)
        {
            // Run by run, as flattening takes the line apart.
            offsets.Push(line.Origin);
            try
            {
                foreach (var run in line.Runs)
                {
                    if (InkBounds.Of(run, fonts, offsets) is { } ink && !Inside(ink, block, Horizontal, Vertical))
                    {
                        return false;
                    }
                }

                return AllInside(line.Items, block, fonts, offsets);
            }
            finally
            {
                offsets.Pop();
            }
        }

        if (item is not GroupItem group)
        {
            return InkBounds.Of(item, fonts, offsets) is not { } ink || Inside(ink, block, Horizontal, Vertical);
        }

        if (group.Clip is not null)
        {
            return true;
        }

        offsets.Push(group.Offset);
        try
        {
            return AllInside(group.Items, block, fonts, offsets);
        }
        finally
        {
            offsets.Pop();
        }
    }

    // A loop, not All(…): a lambda capturing the parameters would be a new object at every item of every page.
    private static bool AllInside(ImmutableArray<FrameItem> items, Rect block, FontBook fonts, GroupOffsets offsets)
    {
        foreach (var item in items)
        {
            if (!InkInside(item, block, fonts, offsets))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether ink measured apart (<paramref name="ink"/>, relative to what holds it; null: none) and placed at
    /// <paramref name="at"/> is inside the block by more than a hair: sums taken in another order than
    /// <see cref="AllInside"/> takes them may differ in their last bits, so ink at the very edge of the
    /// tolerance is left to the item-by-item check.
    /// </summary>
    public static bool SurelyInside(Rect? ink, Point at, Rect block) =>
        ink is not { } box || Inside(new Rect(box.X + at.X, box.Y + at.Y, box.Width, box.Height), block, Horizontal - Hair, Vertical - Hair);

    public static bool Inside(Rect ink, Rect block, double horizontal, double vertical) =>
        ink.X >= block.X - horizontal && ink.Right <= block.Right + horizontal
        && ink.Y >= block.Y - vertical && ink.Bottom <= block.Bottom + vertical;
}
