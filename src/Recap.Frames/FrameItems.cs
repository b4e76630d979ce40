namespace Recap.Frames;

/// <summary>Groups resolved into page coordinates, for exporters and tests that read positions on the page.</summary>
public static class FrameItems
{
    /// <summary>
    /// The items with every group's offset applied to its content, innermost first (so positions are
    /// the sums a layout that moved each item itself would have made). A group that clips stays a
    /// group, at offset zero, its items and clip already in page coordinates. A line of text is taken
    /// apart, as a group of its runs and items would be: one <see cref="GlyphRunItem"/> a run, then its
    /// items. A writer that only reads positions can walk the groups and lines with
    /// <see cref="GroupOffsets"/> instead, and copy nothing.
    /// </summary>
    public static IReadOnlyList<FrameItem> Flatten(IEnumerable<FrameItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        // One pass, one copy of each moved item.
        var flat = new List<FrameItem>();
        var offsets = new GroupOffsets();
        Flatten(items, offsets, new FrameItemMover(offsets), flat);
        return flat;
    }

    private static void Flatten(IEnumerable<FrameItem> items, GroupOffsets offsets, FrameItemMover mover, List<FrameItem> flat)
    {
        foreach (var item in items)
        {
            if (item is TextLineItem line)
            {
                offsets.Push(line.Origin);
                foreach (var run in line.Runs)
                {
                    flat.Add(new GlyphRunItem(offsets.Move(run.Origin), run.Shaped, run.Element));
                }

                Flatten(line.Items, offsets, mover, flat);
                offsets.Pop();
                continue;
            }

            if (item is not GroupItem group)
            {
                flat.Add(offsets.IsEmpty ? item : item.Accept(mover));
                continue;
            }

            offsets.Push(group.Offset);
            if (group.Clip is { } clip)
            {
                var clipped = new List<FrameItem>();
                Flatten(group.Items, offsets, mover, clipped);
                flat.Add(new GroupItem(default, [.. clipped], offsets.Move(clip)));
            }
            else
            {
                Flatten(group.Items, offsets, mover, flat);
            }

            offsets.Pop();
        }
    }
}
