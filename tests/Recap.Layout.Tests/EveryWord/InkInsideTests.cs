using CsCheck;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Pages;
using Recap.Layout.Styles;
using Recap.Model.Diagnostics;

namespace Recap.Layout.Tests.EveryWord;

/// <summary>
/// The booklet composes a page when the exporter reaches it only if the composer found, from its boxes'
/// ink, that nothing on it leaves the text block: such a page must be the page the checking composer makes,
/// with nothing to report. Boxes of rules, pictures, lines and groups (clipped or not) land anywhere near the block's edges.
/// </summary>
public sealed class InkInsideTests
{
    private static readonly Theme Theme = InlineTestKit.Theme;

    private static ShapeItem Rule(double x1, double x2, double y) => new(ShapePath.Line(new Point(x1, y), new Point(x2, y)), null, new Stroke(Color.Black, 0.5), null);

    [Fact]
    public void A_body_found_inside_composes_as_the_checking_composer_composes_it_and_reports_nothing()
    {
        var block = Theme.TextBlock(4);
        var x = Gen.Double[-12, block.Width + 12];
        var y = Gen.Double[-10, 30];
        var leaf = Gen.OneOf(
            Gen.Select(x, x, y).Select(p => (FrameItem)Rule(p.Item1, p.Item2, p.Item3)),
            Gen.Select(x, y).Select(p => (FrameItem)new ImageItem(new Rect(p.Item1 - 20, p.Item2, 20, 8), new ImageData(Array.Empty<byte>(), "image/png"), null)),
            Gen.Select(x, y, Gen.Select(x, x, y).Select(p => (FrameItem)Rule(p.Item1 / 2, p.Item2 / 2, p.Item3)).Array[1, 3])
                .Select(p => (FrameItem)new TextLineItem(new Point(p.Item1 / 2, p.Item2), [], [.. p.Item3])));
        var item = Gen.OneOf(
            leaf,
            Gen.Select(x, y, leaf.Array[0, 3], Gen.Int[0, 4]).Select(g =>
                (FrameItem)new GroupItem(new Point(g.Item1 / 8, g.Item2 / 4), [.. g.Item3], g.Item4 == 0 ? new Rect(0, 0, 10, 10) : null)));
        var box = Gen.Select(Gen.Double[8, 30], item.Array[0, 3]).Select(b => new FlowBox(b.Item1, [.. b.Item2]));
        var body = Gen.Select(Gen.Select(box, Gen.Double[-5, block.Height]).Array[1, 4], box.Array[0, 2], Gen.Int[3, 9]).Select(b =>
            (Body: new PageBody([.. b.Item1.Select(p => new PlacedBox(p.Item1, p.Item2))], [.. b.Item2], null, Opens: false), Number: b.Item3));

        var inside = 0;
        body.Sample(sample =>
        {
            var warnings = new DiagnosticBag();
            var composer = new PageComposer(Theme, "Book", warnings, new Model.SourceSpan("book.yml", 1, 1));
            var page = composer.Compose(sample.Body, sample.Number);
            if (composer.InkInside(sample.Body, sample.Number))
            {
                inside++;
                Assert.Empty(warnings.Sorted());
                Assert.Equal(FrameDump.Write(page), FrameDump.Write(composer.ComposeInside(sample.Body, sample.Number)));
            }
        }, iter: 1000, threads: 1);

        // Not vacuous: bodies inside and bodies outside were both drawn.
        Assert.InRange(inside, 50, 950);
    }
}
