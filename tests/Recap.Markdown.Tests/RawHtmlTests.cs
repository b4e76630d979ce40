using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

public sealed class RawHtmlTests
{
    [Fact]
    public void Html_blocks_show_as_text_and_comments_are_dropped_each_with_a_warning()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "<script>alert(\"x\")</script>\n\n<!-- a note -->\n\nAfter.\n");

        var body = Assert.Single(content.ReadValid().WriteUps).Body;

        var warnings = content.Diagnostics.Sorted().Where(d => d.Code == "raw-html").ToList();
        Assert.Equal([content.Span("01-talk.md", 4, 1), content.Span("01-talk.md", 6, 1)], warnings.Select(d => d.Source));
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(2, body.Count);
        Assert.Equal([new Text(content.Span("01-talk.md", 4, 1), "<script>alert(\"x\")</script>")], ((Paragraph)body[0]).Content);
    }

    [Fact]
    public void Inline_html_shows_as_text()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "Some <b onclick=\"x()\">bold</b> text<!-- hidden -->.\n");

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Assert.Single(content.ReadValid().WriteUps).Body));

        Assert.Equal([new Text(content.Span("01-talk.md", 4, 1), "Some <b onclick=\"x()\">bold</b> text.")], paragraph.Content);
        Assert.Equal(
            [content.Span("01-talk.md", 4, 6), content.Span("01-talk.md", 4, 27), content.Span("01-talk.md", 4, 36)],
            content.Diagnostics.Sorted().Where(d => d.Code == "raw-html").Select(d => d.Source));
    }
}
