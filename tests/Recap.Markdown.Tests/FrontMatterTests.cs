using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

public sealed class FrontMatterTests
{
    [Fact]
    public void Front_matter_is_read_with_speakers_summary_and_tags()
    {
        using var content = new ContentFixture("title: T\nhandle-url: https://github.com/{handle}\n");
        content.Write("01-talk.md", """
            ---
            title: Built for "Snappiness" -- really...
            speakers:
              - name: Blake Mizerany
                handle: "@bmizerany"
                affiliation: backplane.io
              - name: Ann Other
                handle: annother
                url: https://example.com/ann
            summary: Why 400 ms is slow --- and what's fast.
            tags: [performance, tracing]
            ---
            Body.
            """);

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.NoDiagnostics();
        var meta = writeUp.Meta;
        Assert.Equal("Built for \u201CSnappiness\u201D \u2013 really\u2026", meta.Title);
        Assert.Equal("built-for-snappiness-really", meta.Slug);
        Assert.Equal("built-for-snappiness-really", writeUp.Id);
        Assert.Equal(WriteUpKind.Talk, meta.Kind);
        Assert.Equal("Why 400 ms is slow \u2014 and what\u2019s fast.", meta.Summary);
        Assert.Equal(["performance", "tracing"], meta.Tags);
        Assert.Equal(
            [
                new Speaker("Blake Mizerany", "@bmizerany", "https://github.com/bmizerany", "backplane.io", null),
                new Speaker("Ann Other", "@annother", "https://github.com/annother", null, "https://example.com/ann"),
            ],
            meta.Speakers);
        Assert.Equal(new SourceSpan(content.Path("01-talk.md"), 1, 1), writeUp.Source);
    }

    [Theory]
    [InlineData("", WriteUpKind.Foreword)]
    [InlineData("speakers:\n  - name: S\n", WriteUpKind.Talk)]
    [InlineData("kind: afterword\n", WriteUpKind.Afterword)]
    [InlineData("kind: foreword\nspeakers:\n  - name: S\n", WriteUpKind.Foreword)]
    [InlineData("kind: talk\n", WriteUpKind.Talk)]
    public void Kind_defaults_to_talk_with_speakers_and_foreword_without(string yaml, WriteUpKind kind)
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", $"---\ntitle: A\n{yaml}---\nBody.\n");

        Assert.Equal(kind, Assert.Single(content.ReadValid().WriteUps).Meta.Kind);
        content.NoDiagnostics();
    }

    [Fact]
    public void Unknown_kind_is_an_error_at_the_value()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "---\ntitle: A\nkind: tlak\n---\nBody.\n");

        content.ReadValid();
        var diagnostic = content.Single("invalid-value", "01-a.md", 3, 7, Severity.Error);
        Assert.Equal("did you mean `talk`?", diagnostic.Hint);
    }

    [Fact]
    public void Missing_front_matter_is_an_error()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "Just a body.\n");

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.Single("no-front-matter", "01-a.md", 1, 1, Severity.Error);
        Assert.Equal("01-a", writeUp.Slug); // from the file name, so other checks still run
        Assert.IsType<Paragraph>(Assert.Single(writeUp.Body));
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "---\ntitle: A\nBody.\n");

        content.ReadValid();
        content.Single("unclosed-front-matter", "01-a.md", 1, 1, Severity.Error);
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "---\nsummary: S\n---\nBody.\n");
        content.Write("02-b.md", "---\n---\nBody.\n");
        content.Write("03-c.md", "---\nsummary: S\ntitle: \"\"\n---\nBody.\n");

        content.ReadValid();
        var missing = content.Diagnostics.Sorted().Where(d => d.Code == "missing-title").Select(d => d.Source).ToList();
        Assert.Equal(
            [
                new SourceSpan(content.Path("01-a.md"), 1, 1),
                new SourceSpan(content.Path("02-b.md"), 1, 1),
                new SourceSpan(content.Path("03-c.md"), 3, 8),
            ],
            missing);
    }

    [Fact]
    public void Malformed_front_matter_is_an_error_at_its_line_in_the_file()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "---\ntitle: A\nsummary: \"never closed\n---\nBody.\n");

        content.ReadValid();
        content.Single("yaml-syntax", "01-a.md", 3, 10, Severity.Error);
    }

    [Fact]
    public void Speaker_without_name_is_an_error_at_the_speaker()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "---\ntitle: A\nspeakers:\n  - name: Ann\n  - handle: \"@nobody\"\n---\nBody.\n");

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.Single("speaker-without-name", "01-a.md", 5, 5, Severity.Error);
        Assert.Equal("Ann", Assert.Single(writeUp.Meta.Speakers).Name);
    }

    [Fact]
    public void Unknown_front_matter_keys_warn_with_suggestions()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "---\ntitle: A\nsumary: S\nspeakers:\n  - name: Ann\n    afiliation: X\n---\nBody.\n");

        content.ReadValid();
        var unknown = content.Diagnostics.Sorted().Where(d => d.Code == "unknown-key").ToList();
        Assert.Equal(
            [
                (new SourceSpan(content.Path("01-a.md"), 3, 1), "did you mean `summary`?"),
                (new SourceSpan(content.Path("01-a.md"), 6, 5), "did you mean `affiliation`?"),
            ],
            unknown.Select(d => (d.Source, d.Hint)));
    }

    [Fact]
    public void Front_matter_with_only_a_body_warns_empty()
    {
        using var content = new ContentFixture();
        content.Write("01-a.md", "---\ntitle: A\n---\n\n\n");

        Assert.Empty(Assert.Single(content.ReadValid().WriteUps).Body);
        content.Single("empty-write-up", "01-a.md", 4, 1, Severity.Warning);
    }

    [Fact]
    public void Two_write_ups_with_the_same_slug_are_an_error_on_the_second()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-a.md", "Go Tips", "Text.\n");
        content.WriteUp("02-b.md", "Go, tips!", "Text.\n");

        var publication = content.ReadValid();

        var duplicate = content.Single("duplicate-slug", "02-b.md", 2, 8, Severity.Error);
        Assert.Contains("01-a.md", duplicate.Hint, StringComparison.Ordinal);
        Assert.Equal(["go-tips", "go-tips-2"], publication.WriteUps.Select(w => w.Id));
    }
}
