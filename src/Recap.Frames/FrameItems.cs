namespace Recap.Frames;

/// <summary>Groups resolved into page coordinates, for exporters and tests that read positions on the page.</summary>
public static class FrameItems
{
    /// <summary>
    /// The items with every group's offset applied to its content, innermost first (so positions are
    /// the sums a layout that moved each item itself would have made). A group that clips stays a
    /// group, at offset zero, its items and clip already in page coordinates.
    /// </summary>
    public static IReadOnlyList<FrameItem> Flatten(IEnumerable<FrameItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        // One pass, one copy of each moved item: every page's items go through here on their way to the PDF.
        var flat = new List<FrameItem>();
        Flatten(items, [], flat);
        return flat;
    }

    /// <param name="offsets">The offsets of the groups around <paramref name="items"/>, innermost first.</param>
    private static void Flatten(IEnumerable<FrameItem> items, Point[] offsets, List<FrameItem> flat)
    {
        FrameItemMover? mover = null;
        foreach (var item in items)
        {
            if (item is not GroupItem group)
            {
                flat.Add(offsets.Length == 0 ? item : item.Accept(mover ??= new FrameItemMover(offsets)));
                continue;
            }

            Point[] inner = [group.Offset, .. offsets];
            if (group.Clip is not { } clip)
            {
                Flatten(group.Items, inner, flat);
                continue;
            }

            var clipped = new List<FrameItem>();
            Flatten(group.Items, inner, clipped);
            var corner = new FrameItemMover(inner).Move(new Point(clip.X, clip.Y));
            flat.Add(new GroupItem(default, [.. clipped], clip with { X = corner.X, Y = corner.Y }));
        }
    }
}
