using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Testing;

namespace Recap.Layout.Tests.Flow;

public sealed class FrameItemOffsetTests
{
    private static readonly Page Inner = new(Size.A5, [new DestinationItem(new Point(10, 10), "inner")]);

    [Fact]
    public void A_placed_page_moves_with_its_origin_and_keeps_its_page_and_scale()
    {
        var placed = new PlacedPageItem(Inner, new Point(20, 30), 0.5);

        var moved = Assert.IsType<PlacedPageItem>(placed.Offset(5, -10));

        Assert.Equal(new Point(25, 20), moved.Origin);
        Assert.Same(Inner, moved.Page);
        Assert.Equal(0.5, moved.Scale);
        Assert.Equal(new Rect(25, 20, Size.A5.Width / 2, Size.A5.Height / 2), moved.Bounds);
    }

    [Fact]
    public void A_placed_page_repeated_as_page_furniture_is_the_same_placement()
    {
        var placed = new PlacedPageItem(Inner, new Point(0, 0), 1);

        Assert.Same(placed, placed.AsArtifact());
    }

    [Fact]
    public void Moving_a_glyph_run_keeps_its_glyphs_and_element_and_moves_its_origin()
    {
        using var face = Recap.Fonts.FontFace.Load(Path.Combine(RepoPaths.DefaultTheme, "fonts", "Go-Regular.ttf"));
        var element = new StructureElement(StructureKind.P);
        var run = new GlyphRunItem(new Point(1, 2), face, 10, Color.Black, ImmutableArray<PositionedGlyph>.Empty, "", element);

        var moved = Assert.IsType<GlyphRunItem>(run.Offset(3, 4));

        Assert.Equal(new Point(4, 6), moved.Origin);
        Assert.Same(element, moved.Element);
        Assert.Null(Assert.IsType<GlyphRunItem>(run.AsArtifact()).Element);
    }
}
