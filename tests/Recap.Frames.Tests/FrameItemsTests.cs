using System.Collections.Immutable;

namespace Recap.Frames.Tests;

public sealed class FrameItemsTests
{
    private static readonly GlyphRunItem Run = new(new Point(1, 2), new FaceId(3), 10, Color.Black, ImmutableArray<PositionedGlyph>.Empty, "x", null);

    [Fact]
    public void Flattening_adds_each_groups_offset_innermost_first()
    {
        var page = new GroupItem(new Point(100, 200), [new GroupItem(new Point(10, 20), [Run]), new DestinationItem(new Point(0, 0), "d")]);

        var flat = FrameItems.Flatten([page]).ToList();

        Assert.Equal(2, flat.Count);
        Assert.Equal(new Point(111, 222), Assert.IsType<GlyphRunItem>(flat[0]).Origin);
        Assert.Equal(new DestinationItem(new Point(100, 200), "d"), flat[1]);
    }

    [Fact]
    public void A_line_is_taken_apart_into_its_runs_then_its_items_moved_as_a_group_of_them_would_be()
    {
        var link = new LinkItem(new Rect(0, -8, 20, 10), new UriTarget("https://go.dev/"), null);
        var line = new TextLineItem(new Point(0.1, 0.7), [Run.Run, Run.Run with { Origin = new Point(12.3, 0) }], [link]);
        var page = new GroupItem(new Point(100.2, 200.3), [line]);

        var flat = FrameItems.Flatten([page]);

        Assert.Equal(3, flat.Count);
        Assert.Equal(new Point(1 + 0.1 + 100.2, 2 + 0.7 + 200.3), Assert.IsType<GlyphRunItem>(flat[0]).Origin);
        Assert.Equal(new Point(12.3 + 0.1 + 100.2, 0 + 0.7 + 200.3), Assert.IsType<GlyphRunItem>(flat[1]).Origin);
        Assert.Same(Run.Shaped, ((GlyphRunItem)flat[1]).Shaped);
        Assert.Equal(new Rect(0 + 0.1 + 100.2, -8 + 0.7 + 200.3, 20, 10), Assert.IsType<LinkItem>(flat[2]).Area);
    }

    [Fact]
    public void A_group_that_clips_stays_a_group_at_the_origin_with_its_clip_in_page_coordinates()
    {
        var shape = new ShapeItem(ShapePath.Rectangle(new Rect(0, 0, 4, 4)), Color.Black, null, null);
        var outer = new GroupItem(new Point(100, 100), [new GroupItem(new Point(10, 10), [shape], new Rect(0, 0, 2, 2))]);

        var clipped = Assert.IsType<GroupItem>(Assert.Single(FrameItems.Flatten([outer])));

        Assert.Equal(default, clipped.Offset);
        Assert.Equal(new Rect(110, 110, 2, 2), clipped.Clip);
        var moved = Assert.IsType<ShapeItem>(Assert.Single(clipped.Items));
        Assert.Equal(new Point(110, 110), moved.Path.Segments[0].To);
    }

    [Fact]
    public void A_placed_page_moves_with_its_origin_and_keeps_its_page_and_scale()
    {
        var inner = new Page(Size.A5, [new DestinationItem(new Point(10, 10), "inner")]);
        var group = new GroupItem(new Point(5, -10), [new PlacedPageItem(inner, new Point(20, 30), 0.5)]);

        var moved = Assert.IsType<PlacedPageItem>(Assert.Single(FrameItems.Flatten([group])));

        Assert.Equal(new Point(25, 20), moved.Origin);
        Assert.Same(inner, moved.Page);
        Assert.Equal(new Rect(25, 20, Size.A5.Width / 2, Size.A5.Height / 2), moved.Bounds);
    }
}
