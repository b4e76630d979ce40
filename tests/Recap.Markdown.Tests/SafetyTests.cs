using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

/// <summary>Nothing from the content can run script in a reader, and bad input never throws.</summary>
public sealed class SafetyTests
{
    [Fact]
    public void Script_links_keep_only_their_text()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "[click](javascript:alert(1)) <javascript:alert(2)>\n");

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Assert.Single(content.ReadValid().WriteUps).Body));

        Assert.Empty(paragraph.Content.OfType<Link>());
        Assert.Equal("click javascript:alert(2)", InlineText.Plain(paragraph.Content));
        Assert.Equal(
            [content.Span("01-talk.md", 4, 1), content.Span("01-talk.md", 4, 30)],
            content.Diagnostics.Sorted().Where(d => d.Code == "unsafe-link").Select(d => d.Source));
    }

    [Fact]
    public void Metadata_urls_must_be_safe()
    {
        using var content = new ContentFixture("title: T\nevent:\n  url: javascript:alert(1)\n");
        content.Write("01-talk.md", "---\ntitle: Talk\nspeakers:\n  - name: Ann\n    url: data:text/html,x\n---\nBody.\n");

        var publication = content.ReadValid();

        Assert.Null(publication.Meta.Event!.Url);
        Assert.Null(publication.WriteUps[0].Meta.Speakers[0].Url);
        Assert.Equal(
            [(content.Span("01-talk.md", 5, 10), Severity.Warning), (content.Span("book.yml", 3, 8), Severity.Warning)],
            content.Diagnostics.Sorted().Where(d => d.Code == "invalid-url").Select(d => (d.Source, d.Severity)));
    }

    [Theory]
    [InlineData("\0\u0001binary\uFFFF")]
    [InlineData("---\n: : :\n---\n")]
    [InlineData("---\ntitle: [unclosed\n---\n")]
    [InlineData("---\ntitle: A\nspeakers: Ann\ntags: {a: b}\n---\n![x](%00.png) [y](%00.md)\n")]
    [InlineData("---\ntitle: A\nspeakers:\n  - just a name\n  - [a list]\n---\n")]
    [InlineData("---\n- a\n- b\n---\n")]
    public void Bad_input_is_reported_never_thrown(string text)
    {
        using var content = new ContentFixture();
        content.Write("01-talk.md", text);

        Assert.NotNull(content.Read());
        Assert.True(content.Diagnostics.HasErrors, content.Describe());
    }
}
