using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Flow;

namespace Recap.Layout.Pages;

/// <summary>Where a box puts ink, relative to its top-left, as <see cref="TextBlockCheck.AllInside"/> walks its items.</summary>
internal static class BoxInk
{
    /// <summary>The union of the box's items' ink (a clipped group shows nothing outside its clip: none); null when nothing inks.</summary>
    public static Rect? Ink(this FlowBox box, FontBook fonts) => Union(box.Items, fonts, new GroupOffsets());

    private static Rect? Union(ImmutableArray<FrameItem> items, FontBook fonts, GroupOffsets offsets)
    {
        Rect? union = null;
        foreach (var item in items)
        {
            if (item is GroupItem group)
            {
                if (group.Clip is null)
                {
                    offsets.Push(group.Offset);
                    union = Union(union, Union(group.Items, fonts, offsets));
                    offsets.Pop();
                }

                continue;
            }

            union = Union(union, InkBounds.Of(item, fonts, offsets));
        }

        return union;
    }

    private static Rect? Union(Rect? a, Rect? b)
    {
        if (a is not { } one || b is not { } other)
        {
            return a ?? b;
        }

        var (left, top) = (Math.Min(one.X, other.X), Math.Min(one.Y, other.Y));
        return new Rect(left, top, Math.Max(one.Right, other.Right) - left, Math.Max(one.Bottom, other.Bottom) - top);
    }
}
