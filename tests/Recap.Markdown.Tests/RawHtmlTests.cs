using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

/// <summary>HTML in Markdown is read into the model by an allow-list, never passed through (issue 18).</summary>
public sealed class RawHtmlTests
{
    private static (List<Block> Body, ContentFixture Content) Read(string body)
    {
        var content = new ContentFixture();
        content.Write("images/a.png", ContentFixture.Png(40, 30));
        content.WriteUp("01-talk.md", "Talk", body);
        return ([.. Assert.Single(content.ReadValid().WriteUps).Body], content);
    }

    [Fact]
    public void Scripts_and_comments_are_dropped_each_with_a_warning()
    {
        var (body, content) = Read("<script>alert(\"x\")</script>\n\n<!-- a note -->\n\nAfter.\n");
        using var _ = content;

        Assert.Equal(content.Span("01-talk.md", 4, 1), content.Single("html-dropped", "01-talk.md", 4, 1, Severity.Warning).Source);
        content.Single("raw-html", "01-talk.md", 6, 1, Severity.Warning);
        Assert.Equal("After.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(body)).Content));
    }

    [Fact]
    public void Inline_tags_become_their_model_equivalents_and_event_attributes_are_dropped()
    {
        var (body, content) = Read("Some <b onclick=\"x()\">bold</b>, <em>stressed</em>, <code>a  b</code>, <sup>2</sup> and <a href=\"https://go.dev\">a link</a><br>next<!-- hidden -->.\n");
        using var _ = content;

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(body));
        Assert.Equal("Some bold, stressed, a  b, 2 and a link next.", InlineText.Plain(paragraph.Content));
        Assert.Equal(["Strong", "Emphasis", "InlineCode", "Link", "LineBreak"], paragraph.Content.Where(i => i is not Text).Select(i => i.GetType().Name));
        Assert.Equal("https://go.dev", Assert.IsType<ExternalTarget>(paragraph.Content.OfType<Link>().Single().Target).Url);
        Assert.Contains("onclick=", content.Single("html-dropped", "01-talk.md", 4, 6, Severity.Warning).Message, StringComparison.Ordinal);
        Assert.DoesNotContain('<', InlineText.Plain(paragraph.Content));
    }

    [Fact]
    public void Img_tags_and_picture_components_become_figures()
    {
        var (body, content) = Read(
            "<img src=\"images/a.png\" alt=\"A tag\" width=\"40\">\n\n" +
            "<Figure src=\"images/a.png\" alt=\"A component\" />\n\n" +
            "<figure><img src=\"images/a.png\" alt=\"Captioned\"><figcaption>The <i>caption</i></figcaption></figure>\n\n" +
            "Text with <img src=\"images/a.png\" alt=\"inline\"> in it.\n");
        using var _ = content;

        var figures = body.OfType<Figure>().ToList();
        Assert.Equal(["A tag", "A component", "Captioned", "inline"], figures.Select(f => f.Alt));
        Assert.All(figures, f => Assert.Equal("images/a.png", f.Image!.ContentPath));
        Assert.Equal("The caption", InlineText.Plain(figures[2].Caption));
        Assert.Contains("`<Figure>`", content.Single("html-component", "01-talk.md", 6, 1, Severity.Warning).Message, StringComparison.Ordinal);
        Assert.Equal("Text with  in it.", InlineText.Plain(body.OfType<Paragraph>().Single().Content));
    }

    [Fact]
    public void Block_html_gives_paragraphs_lists_tables_and_content_and_unknown_tags_warn_once_per_name()
    {
        var (body, content) = Read(
            "<center><p>One <blink>two</blink></p><div>Three <blink>four</blink></div></center>\n\n" +
            "<ul><li>first</li><li>second</li></ul>\n\n" +
            "<table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>\n\n" +
            "<details><summary>More</summary>Hidden text</details>\n");
        using var _ = content;

        Assert.Equal(["Paragraph", "Paragraph", "BulletList", "Table", "Paragraph", "Paragraph"], body.Select(b => b.GetType().Name));
        Assert.Equal(["One two", "Three four"], body.Take(2).Select(b => InlineText.Plain(((Paragraph)b).Content)));
        var table = Assert.IsType<Table>(body[3]);
        Assert.Equal(["k", "v"], table.Header.Cells.Select(c => InlineText.Plain(c.Content)));
        Assert.Equal("1", InlineText.Plain(table.Rows[0].Cells[1].Content));
        Assert.IsType<Strong>(Assert.Single(((Paragraph)body[4]).Content));
        content.Single("html-unknown", "01-talk.md", 4, 1, Severity.Warning);
    }
}
