using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Model.Phrases;
using Recap.Model.Talks;

namespace Recap.Markdown.Tests;

/// <summary>Talk links, times and rooms, speakers' photos and bios, and book.yml's speakers register.</summary>
public sealed class TalkFrontMatterTests
{
    private const string Register = """
        title: T
        speakers:
          Ada Lovelace:
            handle: ada
            affiliation: Engines
            photo: images/ada.png
            bio: Writes *notes*, see [the manual](https://example.org/m).
        """;

    [Fact]
    public void Links_are_read_in_every_form_in_the_order_written()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", """
            ---
            title: A
            links:
              - video: https://example.org/v/42
              - kind: slides
                url: //example.org/s
              - Demo: mailto:me@example.org
            ---
            Body.
            """);
        content.Write("02-b.md", "---\ntitle: B\nlinks:\n  code: https://example.org/c\n  article: https://example.org/a\n---\nBody.\n");

        var writeUps = content.ReadValid().WriteUps;

        content.NoDiagnostics();
        Assert.Equal(
            [("video", "https://example.org/v/42", "Video"), ("slides", "https://example.org/s", "Slides"), ("Demo", "mailto:me@example.org", "Demo")],
            writeUps[0].Meta.Links.Select(l => (l.Kind, l.Url, l.Label(PhraseSet.English))));
        Assert.Equal(new SourceSpan(content.Path("01-a.md"), 4, 12), writeUps[0].Meta.Links[0].Source);
        Assert.Equal(["https://example.org/c", "https://example.org/a"], writeUps[1].Meta.Links.Select(l => l.Url));
        Assert.Equal("example.org/v/42", writeUps[0].Meta.Links[0].ShortText);
    }

    [Fact]
    public void Every_mistake_in_links_is_reported_at_its_place_and_the_link_left_out()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", """
            ---
            title: A
            links:
              - video: javascript:alert(1)
              - slides: example.org/s
              - kind: code
              - url: https://example.org/x
              - talk:
              - video: https://example.org/v
              - again: https://example.org/v
            ---
            Body.
            """);

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.Single("unsafe-link", "01-a.md", 4, 12, Severity.Warning);
        // The hint names the schemes a link may use, from the one rule (ftp is not one of them).
        Assert.Equal("links may use http, https, mailto or tel", content.Diagnostics.Sorted().Single(d => d.Code == "unsafe-link").Hint);
        content.Single("invalid-url", "01-a.md", 5, 13, Severity.Warning);
        content.Single("link-without-kind", "01-a.md", 7, 5, Severity.Error);
        content.Single("duplicate-link", "01-a.md", 10, 12, Severity.Warning);
        Assert.Equal(
            [content.Span("01-a.md", 6, 5), content.Span("01-a.md", 8, 5)],
            content.Diagnostics.Sorted().Where(d => d.Code == "link-without-url" && d.Severity == Severity.Error).Select(d => d.Source));
        Assert.Equal(["https://example.org/v"], writeUp.Meta.Links.Select(l => l.Url));
    }

    [Fact]
    public void Links_that_are_not_a_list_or_map_are_an_error()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "---\ntitle: A\nlinks: https://example.org\n---\nBody.\n");

        content.ReadValid();

        content.Single("invalid-value", "01-a.md", 3, 8, Severity.Error);
    }

    [Theory]
    [InlineData("14:30", null, 14, 30)]
    [InlineData("9:05", null, 9, 5)]
    [InlineData("2016-07-11 14:30", "2016-07-11", 14, 30)]
    [InlineData("2016-07-11T09:00", "2016-07-11", 9, 0)]
    public void When_is_a_time_or_a_date_and_time(string when, string? date, int hour, int minute)
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", $"---\ntitle: A\nwhen: \"{when}\"\nroom: Main hall\ntrack: Tools\n---\nBody.\n");

        var session = Assert.Single(content.ReadValid().WriteUps).Meta.Session;

        content.NoDiagnostics();
        Assert.Equal(new TalkSession(new TalkTime(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(hour, minute)), "Main hall", "Tools"), session);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("tomorrow")]
    [InlineData("2016-13-01 10:00")]
    public void A_when_that_is_no_time_is_an_error_at_its_value(string when)
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", $"---\ntitle: A\nwhen: \"{when}\"\n---\nBody.\n");

        Assert.Null(Assert.Single(content.ReadValid().WriteUps).Meta.Session.When);
        content.Single("invalid-time", "01-a.md", 3, 7, Severity.Error);
    }

    [Fact]
    public void A_write_up_names_registered_speakers_and_may_override_them()
    {
        using var content = new ContentFixture(Register);
        content.Write("images/ada.png", ContentFixture.Png(40, 50));
        content.Write("01-a.md", "---\ntitle: A\nspeakers:\n  - Ada Lovelace\n---\nBody.\n");
        content.Write("02-b.md", "---\ntitle: B\nspeakers:\n  - name: Ada Lovelace\n    affiliation: Elsewhere\n---\nBody.\n");

        var writeUps = content.ReadValid().WriteUps;

        content.NoDiagnostics();
        var ada = writeUps[0].Meta.Speakers.Single();
        Assert.Equal(("@ada", "Engines", "images/ada.png"), (ada.Handle, ada.Affiliation, ada.Photo?.ContentPath));
        Assert.Equal("Writes notes, see the manual.", InlineText.Plain(ada.Bio));
        Assert.Contains(ada.Bio, i => i is Link { Target: ExternalTarget { Url: "https://example.org/m" } });
        Assert.Contains(ada.Bio, i => i is Emphasis);
        var overridden = writeUps[1].Meta.Speakers.Single();
        Assert.Equal(("@ada", "Elsewhere", "images/ada.png"), (overridden.Handle, overridden.Affiliation, overridden.Photo?.ContentPath));
    }

    [Fact]
    public void Mistakes_in_speakers_and_the_register_are_reported()
    {
        using var content = new ContentFixture(Register + "\n  Bob: [1, 2]\n");
        content.Write("images/ada.png", ContentFixture.Png(40, 50));
        content.Write("01-a.md", """
            ---
            title: A
            speakers:
              - Ada Lovelase
              - name: Cy
                photo: missing.png
                bio: "<b>bold</b>"
            ---
            Body.
            """);

        content.ReadValid();

        Assert.Contains("did you mean `Ada Lovelace`", content.Single("unknown-speaker", "01-a.md", 4, 5, Severity.Warning).Message + content.Describe(), StringComparison.Ordinal);
        content.Single("image-missing", "01-a.md", 6, 12, Severity.Error);
        content.Single("bio-not-a-paragraph", "01-a.md", 7, 10, Severity.Warning);
        content.Single("invalid-value", "book.yml", 8, 8, Severity.Error);
    }

    [Fact]
    public void Speakers_sort_by_family_name_with_diacritics_folded()
    {
        var talk = new WriteUp("t", new WriteUpMeta(WriteUpKind.Talk, "T", "t", [.. new[] { "Émile Zola", "Ada Lovelace", "Ærø", "Grace Hopper", "李小龍", "Ödön von Horváth" }.Select(n => new Speaker(n, null, null, null, null))], null, []), [], [], "t.md", SourceSpan.StartOf("t.md"));

        Assert.Equal(["Ærø", "Grace Hopper", "Ödön von Horváth", "Ada Lovelace", "Émile Zola", "李小龍"], SpeakerIndex.Build([talk]).Select(e => e.Speaker.Name));
    }
}
