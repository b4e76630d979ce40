using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;

namespace Recap.Layout.Tests.Flow;

public sealed class ArtifactsTests
{
    [Fact]
    public void A_placed_page_repeated_as_page_furniture_is_the_same_placement()
    {
        var placed = new PlacedPageItem(new Page(Size.A5, [new DestinationItem(new Point(10, 10), "inner")]), new Point(0, 0), 1);

        Assert.Same(placed, placed.AsArtifact());
    }

    [Fact]
    public void A_group_as_page_furniture_keeps_its_place_and_drawing_but_no_element_link_or_destination()
    {
        var element = new StructureElement(StructureKind.P);
        var run = new GlyphRunItem(new Point(1, 2), new FaceId(0), 10, Color.Black, ImmutableArray<PositionedGlyph>.Empty, "", element);
        var group = new GroupItem(new Point(5, 6), [
            run,
            new LinkItem(new Rect(0, 0, 5, 5), new UriTarget("https://go.dev/"), element),
            new DestinationItem(new Point(0, 0), "d"),
        ], new Rect(0, 0, 50, 50));

        var copy = Assert.IsType<GroupItem>(group.AsArtifact());

        Assert.Equal(group.Offset, copy.Offset);
        Assert.Equal(group.Clip, copy.Clip);
        var copied = Assert.IsType<GlyphRunItem>(Assert.Single(copy.Items));
        Assert.Null(copied.Element);
        Assert.Equal(run.Origin, copied.Origin);
        Assert.Same(element, run.Element);
    }
}
