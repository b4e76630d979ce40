using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

public sealed class LinkTests
{
    private static (IReadOnlyList<Inline> Content, ContentFixture Fixture) Paragraph(string markdown)
    {
        var content = new ContentFixture();
        content.WriteUp("01-first.md", "First Talk", markdown + "\n");
        content.WriteUp("02-second.md", "Second Talk", "## Deep Dive\n\nText.\n\n## Deep Dive\n");
        content.Write("notes.pdf", "%PDF-1.4");
        var writeUp = content.ReadValid().WriteUps[0];
        return (Assert.IsType<Paragraph>(Assert.Single(writeUp.Body)).Content, content);
    }

    [Fact]
    public void Absolute_urls_are_external()
    {
        var (content, fixture) = Paragraph("[site](https://go.dev/doc) [mail](mailto:gopher@example.com) [http](http://a.example)");
        using var _ = fixture;

        fixture.NoDiagnostics();
        Assert.Equal(
            ["https://go.dev/doc", "mailto:gopher@example.com", "http://a.example"],
            content.OfType<Link>().Select(l => Assert.IsType<ExternalTarget>(l.Target).Url));
    }

    [Fact]
    public void Autolinks_become_links()
    {
        var (content, fixture) = Paragraph("<https://go.dev> and https://golang.org/x and www.example.com and <gopher@example.com>");
        using var _ = fixture;

        var links = content.OfType<Link>().ToList();
        Assert.Equal(
            ["https://go.dev", "https://golang.org/x", "https://www.example.com", "mailto:gopher@example.com"],
            links.Select(l => Assert.IsType<ExternalTarget>(l.Target).Url));
        Assert.Equal("www.example.com", InlineText.Plain(links[2].Content));
    }

    [Fact]
    public void Links_to_write_up_files_are_internal_with_optional_heading_fragment()
    {
        var (content, fixture) = Paragraph("[a](02-second.md) [b](02-second.md#deep-dive-2) [c](./02-second.md#second-talk-deep-dive) [d](#nowhere)");
        using var _ = fixture;

        Assert.Equal(
            ["second-talk", "second-talk-deep-dive-2", "second-talk-deep-dive", "first-talk"],
            content.OfType<Link>().Select(l => Assert.IsType<InternalTarget>(l.Target).TargetId));
        fixture.Single("missing-anchor", "01-first.md", 4, 91, Severity.Warning);
    }

    [Fact]
    public void Link_to_a_missing_local_file_warns_and_keeps_the_text()
    {
        var (content, fixture) = Paragraph("See [the *notes*](03-gone.md) now.");
        using var _ = fixture;

        fixture.Single("missing-local-link", "01-first.md", 4, 5, Severity.Warning);
        Assert.Empty(content.OfType<Link>());
        Assert.Equal("See the notes now.", InlineText.Plain(content));
        Assert.Contains(content, i => i is Emphasis);
    }

    [Fact]
    public void Link_to_a_local_file_that_is_not_a_write_up_warns_and_keeps_the_text()
    {
        var (content, fixture) = Paragraph("See [notes](notes.pdf).");
        using var _ = fixture;

        fixture.Single("unlinkable-local-file", "01-first.md", 4, 5, Severity.Warning);
        Assert.Equal("See notes.", InlineText.Plain(content));
    }
}
