using System.Collections.Immutable;
using CsCheck;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Pages;
using Recap.Layout.Styles;
using Recap.Testing;

namespace Recap.Layout.Tests.Flow;

/// <summary>
/// A write-up's boxes kept in a store read back as they were, keep their notes, anchors and shared table
/// headers, and say where they ink without being read: ink inside a text block means the page's check passes.
/// </summary>
public sealed class StoredFlowTests : IDisposable
{
    private static readonly Rect Block = new(50, 60, 300, 450);

    private readonly Theme _theme = Theme.Load(RepoPaths.DefaultTheme, "a5", systemFonts: false);
    private readonly ShapedText[] _words;
    private readonly StructureElement _element = new(StructureKind.P);

    public StoredFlowTests() =>
        _words = [.. new[] { "Gophers", "dig", " ", "tunnels.", "\u2014" }.Select(word => GlyphRuns.Place(Fonts, TextShaper.Shape(_theme.Fonts.Regular.Primary, 10, word), default, Color.Black, null).Shaped)];

    private FontBook Fonts => _theme.Fonts.Book;

    [Fact]
    public void Stored_boxes_read_back_their_items_and_keep_their_height_anchor_and_notes() =>
        Boxes().Sample(boxes =>
        {
            var stored = StoredFlow.Of(boxes, Fonts);

            Assert.Equal(boxes.Length, stored.Length);
            for (var i = 0; i < boxes.Length; i++)
            {
                var (before, after) = (Assert.IsType<FlowBox>(boxes[i]), Assert.IsType<FlowBox>(stored[i]));
                Assert.True(after.IsStored);
                Assert.Equal((before.Height, before.Anchor), (after.Height, after.Anchor));
                Assert.Equal(Dump(before.Items), Dump(after.Items));
                Assert.Equal(before.Footnotes.IsDefault, after.Footnotes.IsDefault);
                Assert.Equal(Notes(before).Select(n => Dump(n.Items)), Notes(after).Select(n => Dump(n.Items)));
                Assert.All(Notes(after), note => Assert.True(note.IsStored));
            }
        }, iter: 200);

    [Fact]
    public void A_stored_box_gives_the_ink_its_items_would_be_measured_to_have() =>
        Boxes().Sample(boxes =>
        {
            foreach (var (before, after) in boxes.Cast<FlowBox>().Zip(StoredFlow.Of(boxes, Fonts).Cast<FlowBox>()))
            {
                var measured = InkBounds.Of(before.Items, Fonts);
                Assert.Equal(measured, before.Ink(Fonts));
                Assert.Equal(measured, after.Ink(Fonts));
            }
        }, iter: 200);

    /// <summary>What the integrator relies on: a box whose ink is inside the block passes the page's check unread.</summary>
    [Fact]
    public void A_box_whose_ink_is_inside_the_text_block_passes_the_check_of_its_page() =>
        Gen.Select(Boxes(), Gen.Double[-40, 480]).Sample((boxes, y) =>
        {
            foreach (var box in StoredFlow.Of(boxes, Fonts).Cast<FlowBox>())
            {
                var onPage = new GroupItem(new Point(Block.X, Block.Y + y), box.Items);
                var inside = box.Ink(Fonts) is not { } ink
                    || TextBlockCheck.Inside(ink with { X = ink.X + Block.X, Y = ink.Y + Block.Y + y }, Block, 4 - 1e-9, 3 - 1e-9);
                Assert.True(!inside || TextBlockCheck.AllInside([onPage], Block, Fonts));
            }
        }, iter: 300);

    [Fact]
    public void A_header_every_row_of_a_table_repeats_stays_one_box()
    {
        var header = new FlowBox(12, [Line(0, 9, 0)]);
        FlowNode[] rows = [new FlowBox(12, [Line(0, 9, 1)], RepeatHeader: header), FlowPenalty.Allow, new FlowBox(12, [Line(0, 9, 3)], RepeatHeader: header)];

        var stored = StoredFlow.Of(rows, Fonts);

        var (first, second) = ((FlowBox)stored[0], (FlowBox)stored[2]);
        Assert.Same(first.RepeatHeader, second.RepeatHeader);
        Assert.True(first.RepeatHeader!.IsStored);
        Assert.Equal(Dump(header.Items), Dump(first.RepeatHeader.Items));
        Assert.Same(rows[1], stored[1]);
    }

    public void Dispose() => _theme.Dispose();

    private TextLineItem Line(double x, double y, int word) =>
        new(new Point(x, y), [new GlyphRun(default, _words[word % _words.Length], _element), new GlyphRun(new Point(40.25, 0), _words[(word + 1) % _words.Length], null)], []);

    /// <summary>Lists of boxes as a write-up's are: lines, a rule, a picture's clipped group, notes under some lines.</summary>
    private Gen<FlowNode[]> Boxes()
    {
        var coordinate = Gen.Double[-60, 360];
        var line = Gen.Select(coordinate, Gen.Double[0, 14], Gen.Int[0, 9]).Select(l => (FrameItem)Line(l.Item1, l.Item2, l.Item3));
        var rule = Gen.Select(coordinate, coordinate).Select(r => (FrameItem)new ShapeItem(ShapePath.Line(new Point(r.Item1, 6), new Point(r.Item2, 6)), null, new Stroke(Color.Black, 0.5), null));
        var picture = Gen.Select(coordinate, Gen.Bool).Select(p => (FrameItem)new GroupItem(
            new Point(p.Item1, 0), [new ShapeItem(ShapePath.Rectangle(new Rect(-20, 0, 200, 40)), Color.Black, null, null)], p.Item2 ? new Rect(0, 0, 100, 30) : null));
        var items = Gen.Frequency((6, line), (1, rule), (1, picture)).Array[0, 3].Select(ImmutableArray.Create);
        var note = items.Select(i => new FlowBox(8, i));
        return Gen.Select(items, note.Array[0, 2], Gen.Int[-1, 5])
            .Select(b => (FlowNode)new FlowBox(12, b.Item1, b.Item2.Length == 0 ? default : [.. b.Item2], b.Item3 < 0 ? null : new Anchor("p", b.Item3)))
            .Array[1, 8];
    }

    private static IEnumerable<FlowBox> Notes(FlowBox box) => box.Footnotes.IsDefault ? [] : box.Footnotes;

    private static string Dump(ImmutableArray<FrameItem> items) => FrameDump.Write(new Page(Recap.Frames.Size.A5, items));
}
