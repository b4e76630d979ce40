using System.Collections.Immutable;

namespace Recap.Frames.Tests;

/// <summary>Frame items are values: what they keep apart or share (a run's glyphs, a group's clip) must not change what they are.</summary>
public sealed class FrameItemValuesTests
{
    private static readonly ShapedText Word = new(new FaceId(2), 9.5, new Color(1, 2, 3), [new PositionedGlyph(7, 0, 0, 0), new PositionedGlyph(8, 4.5f, 0, 1)], "ab", 1.01);

    [Fact]
    public void Runs_that_share_shaped_text_read_its_face_size_colour_glyphs_text_and_scale_each_at_its_own_place()
    {
        var first = new GlyphRunItem(new Point(1, 2), Word, null);
        var second = first with { Origin = new Point(30, 2) };

        Assert.Same(first.Shaped, second.Shaped);
        Assert.Equal((new FaceId(2), 9.5, new Color(1, 2, 3), "ab", 1.01), (second.Run.Face, second.Run.Size, second.Run.Color, second.Run.Text, second.Run.HorizontalScale));
        Assert.Equal(Word.Glyphs, second.Run.Glyphs);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_run_made_with_glyphs_of_its_own_equals_one_that_shares_the_same()
    {
        var own = new GlyphRunItem(new Point(1, 2), Word.Face, Word.Size, Word.Color, Word.Glyphs, Word.Text, null, Word.HorizontalScale);

        Assert.Equal(new GlyphRunItem(new Point(1, 2), Word, null), own);
    }

    [Fact]
    public void A_group_keeps_its_clip_and_groups_with_equal_clips_are_equal()
    {
        ImmutableArray<FrameItem> items = [new DestinationItem(new Point(0, 0), "d")];
        var clipped = new GroupItem(new Point(1, 1), items, new Rect(0, 0, 5, 6));

        Assert.Equal(new Rect(0, 0, 5, 6), clipped.Clip);
        Assert.Null(new GroupItem(new Point(1, 1), items).Clip);
        Assert.Null((clipped with { Clip = null }).Clip);
        Assert.Equal(new GroupItem(new Point(1, 1), items, new Rect(0, 0, 5, 6)), clipped);
        Assert.NotEqual(new GroupItem(new Point(1, 1), items, new Rect(0, 0, 5, 7)), clipped);
        Assert.NotEqual(new GroupItem(new Point(1, 1), items), clipped);
    }
}
