using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;

namespace Recap.Layout.Pages;

/// <summary>
/// Where a frame item puts ink on the page: a glyph run from its first glyph to the end of its
/// last one's advance and from the face's ascender to its descender, a line of text what all its runs and items ink, a path's
/// control-point hull widened by half its stroke, an image's bounds. Links and destinations put no ink: null.
/// </summary>
public static class InkBounds
{
    // One stack of group offsets a thread, taken while in use: every box of the book is measured when it is stored
    // (200 talks: 5 MB of stacks made and dropped). A walk that throws leaves it taken, and the next makes another.
    [ThreadStatic]
    private static GroupOffsets? t_offsets;

    public static Rect? Of(FrameItem item, FontBook fonts) => Of(item, fonts, null);

    /// <summary>The ink of an item inside groups, in page coordinates: the same numbers as the item's moved copy would give.</summary>
    /// <param name="offsets">The groups around the item; null when it is not in any.</param>
    public static Rect? Of(FrameItem item, FontBook fonts, GroupOffsets? offsets) => item switch
    {
        GlyphRunItem run => Of(run.Run, fonts, offsets),
        TextLineItem line when offsets is null => Walk(line, fonts, static (line, fonts, offsets) => Line(line, fonts, offsets)),
        TextLineItem line => Line(line, fonts, offsets),
        ShapeItem shape => Path(shape.Path, shape.Stroke is { } stroke ? stroke.Width / 2 : 0, offsets),
        ImageItem image => Move(image.Bounds, offsets),
        PlacedPageItem placed => Move(placed.Bounds, offsets),
        _ => null,
    };

    /// <summary>
    /// What a list of items inks, in the items' own coordinates: the union of what <see cref="TextBlockCheck.AllInside"/>
    /// measures of them (lines run by run, groups item by item), except that a clipped group counts for what it inks
    /// within its clip instead of nothing. Null when nothing inks.
    /// </summary>
    public static Rect? Of(ImmutableArray<FrameItem> items, FontBook fonts) => Walk(items, fonts, static (items, fonts, offsets) => All(items, fonts, offsets));

    private static Rect? Walk<T>(T what, FontBook fonts, Func<T, FontBook, GroupOffsets, Rect?> walk)
    {
        var offsets = t_offsets ?? new GroupOffsets();
        t_offsets = null;
        var ink = walk(what, fonts, offsets);
        t_offsets = offsets;
        return ink;
    }

    /// <summary>The ink of a run inside groups and lines (<paramref name="offsets"/>, null when in none), in page coordinates.</summary>
    public static Rect? Of(in GlyphRun run, FontBook fonts, GroupOffsets? offsets) => Run(run, fonts[run.Face], Move(run.Origin, offsets));

    /// <summary>What the line's runs and items ink, all of it: from the leftmost to the rightmost, the highest to the lowest.</summary>
    private static Rect? Line(TextLineItem line, FontBook fonts, GroupOffsets offsets)
    {
        Rect? union = null;
        offsets.Push(line.Origin);
        foreach (var run in line.Runs)
        {
            union = Union(union, Of(run, fonts, offsets));
        }

        union = Union(union, All(line.Items, fonts, offsets));
        offsets.Pop();
        return union;
    }

    private static Rect? All(ImmutableArray<FrameItem> items, FontBook fonts, GroupOffsets offsets)
    {
        Rect? union = null;
        foreach (var item in items)
        {
            union = Union(union, item is GroupItem group ? Group(group, fonts, offsets) : Of(item, fonts, offsets));
        }

        return union;
    }

    private static Rect? Group(GroupItem group, FontBook fonts, GroupOffsets offsets)
    {
        offsets.Push(group.Offset);
        var ink = All(group.Items, fonts, offsets);
        if (group.Clip is { } clip && ink is { } inside)
        {
            ink = Intersection(inside, offsets.Move(clip));
        }

        offsets.Pop();
        return ink;
    }

    private static Rect? Intersection(Rect a, Rect b)
    {
        var (left, top) = (Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
        var (right, bottom) = (Math.Min(a.Right, b.Right), Math.Min(a.Bottom, b.Bottom));
        return left <= right && top <= bottom ? new Rect(left, top, right - left, bottom - top) : null;
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

    private static Point Move(Point point, GroupOffsets? offsets) => offsets is null ? point : offsets.Move(point);

    private static Rect Move(Rect rect, GroupOffsets? offsets) => offsets is null ? rect : offsets.Move(rect);

    private static Rect? Run(in GlyphRun run, FontFace face, Point origin)
    {
        // A word's space (its glyph keeps extracted text spaced) puts no ink: a line-end space may
        // hang past the measure without anything showing there.
        double left = double.MaxValue, right = double.MinValue;
        foreach (var glyph in run.Glyphs)
        {
            if (glyph.Cluster < run.Text.Length && char.IsWhiteSpace(run.Text[glyph.Cluster]))
            {
                continue;
            }

            left = Math.Min(left, glyph.X);
            right = Math.Max(right, glyph.X + (face.ToPoints(face.GetGlyphAdvance(glyph.Id), run.Size) * run.HorizontalScale));
        }

        if (left > right)
        {
            return null;
        }

        var top = origin.Y - face.ToPoints(face.Ascender, run.Size);
        var bottom = origin.Y - face.ToPoints(face.Descender, run.Size);
        return new Rect(origin.X + left, top, Math.Max(0, right - left), bottom - top);
    }

    private static Rect? Path(ShapePath path, double pen, GroupOffsets? offsets)
    {
        var points = path.Segments.Where(s => s.Kind != PathSegmentKind.Close)
            .SelectMany(s => s.Kind == PathSegmentKind.CubicTo ? new[] { s.Control1, s.Control2, s.To } : [s.To])
            .Select(p => Move(p, offsets))
            .ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var left = points.Min(p => p.X) - pen;
        var top = points.Min(p => p.Y) - pen;
        return new Rect(left, top, points.Max(p => p.X) + pen - left, points.Max(p => p.Y) + pen - top);
    }
}
