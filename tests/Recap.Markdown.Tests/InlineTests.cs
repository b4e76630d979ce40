using Recap.Model;

namespace Recap.Markdown.Tests;

public sealed class InlineTests
{
    private static (IReadOnlyList<Inline> Content, ContentFixture Fixture) Paragraph(string markdown, string bookYml = "title: T\n")
    {
        var content = new ContentFixture(bookYml);
        content.WriteUp("01-talk.md", "Talk", markdown + "\n");
        var writeUp = Assert.Single(content.ReadValid().WriteUps);
        return (Assert.IsType<Paragraph>(Assert.Single(writeUp.Body)).Content, content);
    }

    [Fact]
    public void Smart_punctuation_applies_to_text_but_never_to_code()
    {
        var (content, fixture) = Paragraph("\"Don't\" -- she said --- `\"raw\" -- code...` 'quoted'...");
        using var _ = fixture;

        Assert.Equal(
            [
                new Text(content[0].Source, "\u201CDon\u2019t\u201D \u2013 she said \u2014 "),
                new InlineCode(content[1].Source, "\"raw\" -- code..."),
                new Text(content[2].Source, " \u2018quoted\u2019\u2026"),
            ],
            content);
        Assert.Equal((4, 1), (content[0].Source.Line, content[0].Source.Column));
        Assert.Equal((4, 25), (content[1].Source.Line, content[1].Source.Column));
    }

    [Fact]
    public void Quotes_pair_across_emphasis_and_escapes_stay_straight()
    {
        var (content, fixture) = Paragraph("\"*Go*\" and \\\"literal\\\"");
        using var _ = fixture;

        Assert.Equal("\u201CGo\u201D and \"literal\"", InlineText.Plain(content));
    }

    [Fact]
    public void Soft_breaks_become_spaces_and_hard_breaks_line_breaks()
    {
        var (content, fixture) = Paragraph("one\ntwo  \nthree\\\nfour");
        using var _ = fixture;

        Assert.Equal(["Text", "LineBreak", "Text", "LineBreak", "Text"], content.Select(i => i.GetType().Name));
        Assert.Equal("one two", ((Text)content[0]).Value);
        Assert.Equal("four", ((Text)content[4]).Value);
    }

    [Fact]
    public void Emphasis_and_link_text_across_soft_breaks_keep_every_word_as_one_text()
    {
        var (content, fixture) = Paragraph("*one\ntwo\nthree* and [four\nfive](https://example.com/)");
        using var _ = fixture;

        Assert.Equal("one two three", Assert.IsType<Text>(Assert.Single(Assert.IsType<Emphasis>(content[0]).Content)).Value);
        Assert.Equal("four five", Assert.IsType<Text>(Assert.Single(Assert.IsType<Link>(content[2]).Content)).Value);
    }

    [Fact]
    public void Emphasis_and_strong_nest()
    {
        var (content, fixture) = Paragraph("*em* **strong** ***both***");
        using var _ = fixture;

        Assert.IsType<Emphasis>(content[0]);
        Assert.IsType<Strong>(content[2]);
        var both = content[4];
        Assert.True(both is Emphasis { Content: [Strong] } or Strong { Content: [Emphasis] });
    }

    [Fact]
    public void Handles_link_through_handle_url()
    {
        var (content, fixture) = Paragraph("@start, thanks to @bmizerany. And (@not) me@example.com `@code`", "title: T\nhandle-url: https://github.com/{handle}\n");
        using var _ = fixture;

        var handles = content.OfType<Handle>().ToList();
        Assert.Equal(
            [
                new Handle(fixture.Span("01-talk.md", 4, 1), "@start", "https://github.com/start"),
                new Handle(fixture.Span("01-talk.md", 4, 19), "@bmizerany", "https://github.com/bmizerany"),
            ],
            handles);
        Assert.Contains("(@not) me@example.com", InlineText.Plain(content), StringComparison.Ordinal);
        Assert.Equal("@code", content.OfType<InlineCode>().Single().Value);
    }

    [Fact]
    public void Handle_at_the_start_of_a_later_line_counts_and_not_inside_links()
    {
        var (content, fixture) = Paragraph("Thanks\n@gopher_99 and [@linked](https://example.com)");
        using var _ = fixture;

        var handle = Assert.Single(content.OfType<Handle>());
        Assert.Equal(("@gopher_99", "https://twitter.com/gopher_99"), (handle.Name, handle.Url));
        Assert.Equal((5, 1), (handle.Source.Line, handle.Source.Column));
        var link = Assert.Single(content.OfType<Link>());
        Assert.Equal([new Text(link.Content[0].Source, "@linked")], link.Content);
    }
}
