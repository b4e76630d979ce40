using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Pages;

namespace Recap.Layout.Tests.EveryWord;

/// <summary>The page composer's invariant on plain shapes: what leaves the text block is reported, what leaves the paper is not drawn.</summary>
public sealed class TextBlockCheckTests
{
    private static readonly Rect Block = new(50, 60, 300, 450);
    private static readonly Size Paper = Size.A5;

    private static ShapeItem Rule(double x1, double x2, double y) => new(ShapePath.Line(new Point(x1, y), new Point(x2, y)), null, new Stroke(Color.Black, 0.5), null);

    [Fact]
    public void Ink_inside_the_block_is_kept_and_not_reported()
    {
        var (kept, outside) = TextBlockCheck.Check([Rule(50, 350, 100)], Block, Paper, new FontBook());

        Assert.Single(kept);
        Assert.Empty(outside);
    }

    [Fact]
    public void Ink_in_the_margin_is_reported_and_ink_off_the_paper_is_also_left_out()
    {
        var margin = Rule(50, 380, 100);
        var offPaper = Rule(50, 500, 120);

        var (kept, outside) = TextBlockCheck.Check([margin, offPaper], Block, Paper, new FontBook());

        Assert.Equal([margin], kept);
        Assert.Equal([margin, offPaper], outside.Select(o => o.Item));
    }

    [Fact]
    public void Links_and_destinations_put_no_ink() =>
        Assert.Null(InkBounds.Of(new DestinationItem(new Point(-100, -100), "far"), new FontBook()));
}
