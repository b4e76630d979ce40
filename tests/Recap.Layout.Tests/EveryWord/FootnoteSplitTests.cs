using System.Collections.Immutable;
using CsCheck;
using Recap.Layout.Flow;
using Recap.Layout.Pages;

namespace Recap.Layout.Tests.EveryWord;

/// <summary>Footnotes longer than their page's foot continue on the next pages, as TeX splits insertions.</summary>
public sealed class FootnoteSplitTests
{
    private const double Body = 200;
    private const double Skip = 6;

    private static FlowBox Line(string id, ImmutableArray<FlowBox> notes = default) => new(10, [], notes, Anchor: new Anchor(id));

    private static FlowBox NoteLine(string id) => new(8, [], Anchor: new Anchor(id));

    private static IEnumerable<string> Notes(PageBody page) => page.Footnotes.Select(n => n.Anchor!.Value.NodeId);

    [Fact]
    public void A_note_longer_than_the_page_continues_at_the_foot_of_the_next_pages_in_order()
    {
        var note = Enumerable.Range(0, 60).Select(i => NoteLine($"n{i}")).ToList();
        var nodes = new List<FlowNode>();
        for (var i = 0; i < 30; i++)
        {
            if (i > 0)
            {
                nodes.Add(new FlowPenalty(0));
            }

            nodes.Add(Line($"l{i}", i == 2 ? [.. note] : default));
        }

        var pages = new PageBuilder(Body, Skip).Build(nodes);

        Assert.Equal(note.Select(n => n.Anchor!.Value.NodeId), pages.SelectMany(Notes));
        var reference = pages.First(p => p.Boxes.Any(b => b.Box.Anchor!.Value.NodeId == "l2"));
        Assert.Equal("n0", Notes(reference).First());
        Assert.True(pages.Count(p => p.Footnotes.Length > 0) >= 3);
        AssertFits(pages);
    }

    [Fact]
    public void Every_line_and_note_line_is_set_once_in_order_and_every_page_fits() =>
        Gen.Select(Gen.Int[1, 80], Gen.Int[0, 200].Array[0, 6]).Sample((lines, noteLengths) =>
        {
            var nodes = new List<FlowNode>();
            var expectedNotes = new List<string>();
            for (var i = 0; i < lines; i++)
            {
                if (i > 0)
                {
                    nodes.Add(new FlowPenalty(0));
                }

                var notes = i < noteLengths.Length ? Enumerable.Range(0, noteLengths[i]).Select(n => NoteLine($"n{i}.{n}")).ToArray() : [];
                expectedNotes.AddRange(notes.Select(n => n.Anchor!.Value.NodeId));
                nodes.Add(Line($"l{i}", notes.Length > 0 ? [.. notes] : default));
            }

            var pages = new PageBuilder(Body, Skip).Build(nodes);

            Assert.Equal(Enumerable.Range(0, lines).Select(i => $"l{i}"), pages.SelectMany(p => p.Boxes).Select(b => b.Box.Anchor!.Value.NodeId));
            Assert.Equal(expectedNotes, pages.SelectMany(Notes));
            AssertFits(pages);
            foreach (var page in pages)
            {
                foreach (var box in page.Boxes.Where(b => !b.Box.Footnotes.IsDefaultOrEmpty))
                {
                    Assert.Contains(box.Box.Footnotes[0], page.Footnotes);
                }
            }
        });

    private static void AssertFits(IEnumerable<PageBody> pages)
    {
        foreach (var page in pages)
        {
            var body = page.Boxes.Sum(b => b.Box.Height);
            var notes = page.Footnotes.Sum(n => n.Height);
            Assert.True(body + notes + (notes > 0 ? Skip : 0) <= Body + 0.01, $"body {body} + notes {notes} overflow {Body}");
        }
    }
}
