using Recap.Layout.Flow;
using Recap.Layout.Pages;

namespace Recap.Layout.Tests;

/// <summary>The page builder on vertical lists of plain boxes: no fonts, heights in points.</summary>
public sealed class PageBuilderTests
{
    private static FlowBox Line(string id) => new(10, [], Anchor: new Anchor(id));

    private static List<FlowNode> Paragraph(string id, int lines)
    {
        var nodes = new List<FlowNode>();
        for (var i = 0; i < lines; i++)
        {
            if (i > 0)
            {
                nodes.Add(i == 1 || i == lines - 1 ? FlowPenalty.Forbid : new FlowPenalty(0));
            }

            nodes.Add(Line($"{id}.{i}"));
        }

        return nodes;
    }

    private static IEnumerable<string> Ids(PageBody page) => page.Boxes.Where(b => b.Box.Anchor is not null).Select(b => b.Box.Anchor!.Value.NodeId);

    [Fact]
    public void Boxes_fill_a_page_then_flow_onto_the_next()
    {
        var pages = new PageBuilder(50, 0).Build(Paragraph("p", 8));

        Assert.Equal(2, pages.Count);
        Assert.Equal(["p.0", "p.1", "p.2", "p.3", "p.4"], Ids(pages[0]));
        Assert.Equal([0.0, 10, 20, 30, 40], pages[0].Boxes.Select(b => b.Y));
    }

    [Fact]
    public void No_paragraph_leaves_a_single_line_at_either_side_of_a_break()
    {
        // Five lines of room: a six-line paragraph would leave one line (a widow) on the next page.
        var pages = new PageBuilder(50, 0).Build(Paragraph("p", 6));

        Assert.Equal(["p.0", "p.1", "p.2", "p.3"], Ids(pages[0]));
        Assert.Equal(["p.4", "p.5"], Ids(pages[1]));
    }

    [Fact]
    public void Space_at_the_top_of_a_page_vanishes()
    {
        List<FlowNode> nodes = [.. Paragraph("a", 5), new FlowGlue(15), .. Paragraph("b", 2)];

        var pages = new PageBuilder(50, 0).Build(nodes);

        Assert.Equal(0, pages[1].Boxes[0].Y);
        Assert.Equal(["b.0", "b.1"], Ids(pages[1]));
    }

    [Fact]
    public void A_forced_break_for_a_recto_leaves_a_blank_verso()
    {
        List<FlowNode> nodes = [new FlowMark("one", "One"), Line("a"), new FlowPageBreak(Recto: true), new FlowMark("two", "Two"), Line("b")];

        var pages = new PageBuilder(50, 0).Build(nodes);

        Assert.Equal(3, pages.Count);
        Assert.True(pages[1].IsBlank);
        Assert.Equal("two", pages[2].Mark?.WriteUpId);
        Assert.True(pages[2].Opens);
        Assert.True(pages[0].Opens);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_list_cut_after_a_forced_break_gives_the_pages_it_gives_cut_whole(int firstPage)
    {
        // The booklet cuts the write-ups once and the numbered front matter in every pass: the pieces must join up.
        // The second part opens in the write-up running before it (no mark of its own), on either side of a spread.
        List<FlowNode> before = [new FlowMark("one", "One"), .. Paragraph("a", 7), new FlowPageBreak(Recto: true)];
        List<FlowNode> after = [.. Paragraph("b", 3), new FlowMark("two", "Two"), new FlowPageBreak(Recto: true), .. Paragraph("c", 9)];
        var builder = new PageBuilder(50, 0);

        var whole = builder.Build([.. before, .. after], firstPage);
        var first = builder.Build(before, firstPage);
        var second = builder.Build(after, firstPage + first.Count, PageBuilder.RunningAfter(before));

        Assert.Equal(whole.Count, first.Count + second.Count);
        Assert.Equal(whole.Select(Describe), first.Concat(second).Select(Describe));
        Assert.Equal("one", second[0].Mark?.WriteUpId);
        Assert.Equal("two", PageBuilder.RunningAfter(after, PageBuilder.RunningAfter(before))?.WriteUpId);
    }

    private static string Describe(PageBody page) =>
        $"{page.Mark?.WriteUpId} {page.Opens} [{string.Join(' ', Ids(page))}] [{string.Join(' ', page.Boxes.Select(b => b.Y))}]";

    [Fact]
    public void A_table_row_that_opens_a_page_brings_the_header_row()
    {
        var header = new FlowBox(10, [], Anchor: new Anchor("header"));
        var nodes = new List<FlowNode> { header };
        for (var i = 0; i < 7; i++)
        {
            nodes.Add(new FlowPenalty(0));
            nodes.Add(new FlowBox(10, [], Anchor: new Anchor($"row{i}"), RepeatHeader: header));
        }

        var pages = new PageBuilder(50, 0).Build(nodes);

        Assert.Equal(["header", "row0", "row1", "row2", "row3"], Ids(pages[0]));
        Assert.Equal(["header", "row4", "row5", "row6"], Ids(pages[1]));
    }

    [Fact]
    public void Footnotes_take_room_from_the_page_that_cites_them()
    {
        var note = new FlowBox(12, [], Anchor: new Anchor("note"));
        List<FlowNode> nodes = [Line("a"), new FlowPenalty(0), Line("b"), new FlowPenalty(0), new FlowBox(10, [], [note], new Anchor("cites")), new FlowPenalty(0), Line("c"), new FlowPenalty(0), Line("d")];

        var pages = new PageBuilder(50, 4).Build(nodes);

        // 3 lines (30) + skip (4) + note (12) = 46: a fourth line would not fit.
        Assert.Equal(["a", "b", "cites"], Ids(pages[0]));
        Assert.Same(note, Assert.Single(pages[0].Footnotes));
        Assert.Equal(["c", "d"], Ids(pages[1]));
    }

    [Fact]
    public void A_box_taller_than_the_page_is_set_alone_rather_than_lost()
    {
        List<FlowNode> nodes = [Line("a"), new FlowPenalty(0), new FlowBox(80, [], Anchor: new Anchor("huge")), new FlowPenalty(0), Line("b")];

        var pages = new PageBuilder(50, 0).Build(nodes);

        Assert.Equal([["a"], ["huge"], ["b"]], pages.Select(p => Ids(p).ToArray()));
    }

    [Fact]
    public void The_page_map_knows_where_each_node_and_each_page_starts()
    {
        var pages = new PageBuilder(50, 0).Build([
            new FlowBox(10, [], Anchor: new Anchor("p")),
            new FlowPenalty(0),
            .. Enumerable.Range(1, 6).SelectMany(i => new FlowNode[] { new FlowBox(10, [], Anchor: new Anchor("p", i * 7)), new FlowPenalty(0) }),
        ]);
        var map = new PageMap(pages, _ => 40);

        Assert.Equal(new PageLocation(1, 40), map.Find("p"));
        Assert.Equal([(1, "p", -1), (2, "p", 35)], map.PageStarts.Select(s => (s.Page, s.NodeId, s.Word)));
    }
}
