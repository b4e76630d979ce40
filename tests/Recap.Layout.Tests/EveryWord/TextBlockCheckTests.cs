using CsCheck;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Pages;
using Size = Recap.Frames.Size;

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

    /// <summary>The page composer's fast path: walking groups with their offsets finds what checking the flattened items finds.</summary>
    [Fact]
    public void All_inside_agrees_with_the_check_of_the_flattened_items()
    {
        var coordinate = Gen.Double[-80, 520];
        var leaf = Gen.OneOf(
            Gen.Select(coordinate, coordinate, coordinate).Select(p => (FrameItem)Rule(p.Item1, p.Item2, p.Item3)),
            Gen.Select(coordinate, coordinate).Select(p => (FrameItem)new ImageItem(new Rect(p.Item1, p.Item2, 20, 30), new ImageData(Array.Empty<byte>(), "image/png"), null)));
        var group = Gen.Select(coordinate, coordinate, leaf.Array[0, 4], Gen.Bool, Gen.Int[0, 5]).Select(g =>
            (FrameItem)new GroupItem(new Point(g.Item1 / 4, g.Item2 / 4), [.. g.Item3], g.Item4 && g.Item5 == 0 ? new Rect(0, 0, 10, 10) : null));
        var nested = Gen.Select(coordinate, group.Array[0, 3]).Select(g => (FrameItem)new GroupItem(new Point(g.Item1 / 4, 0), [.. g.Item2]));
        Gen.OneOf(leaf, group, nested).Array[0, 6].Sample(items =>
        {
            var (_, outside) = TextBlockCheck.Check(FrameItems.Flatten(items), Block, Paper, new FontBook());
            Assert.Equal(outside.Count == 0, TextBlockCheck.AllInside(items, Block, new FontBook()));
        }, iter: 500);
    }

    [Fact]
    public void Links_and_destinations_put_no_ink() =>
        Assert.Null(InkBounds.Of(new DestinationItem(new Point(-100, -100), "far"), new FontBook()));
}
