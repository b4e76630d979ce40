namespace Recap.Frames;

/// <summary>Groups resolved into page coordinates, for exporters and tests that read positions on the page.</summary>
public static class FrameItems
{
    /// <summary>
    /// The items with every group's offset applied to its content, innermost first (so positions are
    /// the sums a layout that moved each item itself would have made). A group that clips stays a
    /// group, at offset zero, its items and clip already in page coordinates.
    /// </summary>
    public static IEnumerable<FrameItem> Flatten(IEnumerable<FrameItem> items)
    {
        foreach (var item in items)
        {
            if (item is not GroupItem group)
            {
                yield return item;
                continue;
            }

            var mover = new FrameItemMover(group.Offset.X, group.Offset.Y);
            var moved = Flatten(group.Items).Select(inner => inner.Accept(mover));
            if (group.Clip is { } clip)
            {
                yield return new GroupItem(default, [.. moved], clip with { X = clip.X + group.Offset.X, Y = clip.Y + group.Offset.Y });
                continue;
            }

            foreach (var inner in moved)
            {
                yield return inner;
            }
        }
    }
}
