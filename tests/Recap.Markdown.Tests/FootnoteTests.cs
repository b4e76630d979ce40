using Recap.Model;

namespace Recap.Markdown.Tests;

public sealed class FootnoteTests
{
    [Fact]
    public void Footnotes_are_numbered_by_first_reference_and_unreferenced_ones_dropped()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "First[^b], then[^a], again[^b].\n\n[^a]: Note *A*.\n[^b]: Note B.\n[^c]: Never used.\n");

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.NoDiagnostics();
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(writeUp.Body));
        Assert.Equal(
            [("talk-fn1", 1), ("talk-fn2", 2), ("talk-fn1", 1)],
            paragraph.Content.OfType<FootnoteReference>().Select(r => (r.FootnoteId, r.Number)));
        Assert.Equal(content.Span("01-talk.md", 4, 6), paragraph.Content.OfType<FootnoteReference>().First().Source);
        Assert.Equal([("talk-fn1", "b", 1, "Note B."), ("talk-fn2", "a", 2, "Note A.")],
            writeUp.Footnotes.Select(f => (f.Id, f.Label, f.Number, InlineText.Plain(((Paragraph)Assert.Single(f.Content)).Content))));
        Assert.Equal(content.Span("01-talk.md", 7, 1), writeUp.Footnotes[0].Source);
    }
}
