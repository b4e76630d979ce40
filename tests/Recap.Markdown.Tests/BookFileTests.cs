using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Markdown.Tests;

public sealed class BookFileTests
{
    [Fact]
    public void Defaults_apply_when_book_yml_gives_only_a_title()
    {
        using var content = new ContentFixture("title: GopherFest 2016\n");
        content.WriteUp("00-a.md", "A", "Text.\n");

        var meta = content.ReadValid().Meta;

        content.NoDiagnostics();
        Assert.Equal("GopherFest 2016", meta.Title);
        Assert.Equal("en", meta.Language);
        Assert.Null(meta.Date);
        Assert.Null(meta.Subtitle);
        Assert.Null(meta.Event);
        Assert.Empty(meta.Editors);
        Assert.Empty(meta.Keywords);
        Assert.Null(meta.Cover);
        Assert.Equal(BookMeta.DefaultHandleUrl, meta.HandleUrl);
        Assert.Equal(new SourceSpan(content.Path("book.yml"), 1, 1), meta.Source);
    }

    [Fact]
    public void Every_key_is_read()
    {
        using var content = new ContentFixture("""
            title: GopherFest 2016
            subtitle: Talks and Q&A
            language: en-US
            date: 2016-07-12
            event:
              name: GopherFest
              venue: Bently Reserve
              city: San Francisco
              url: https://example.com/gopherfest
            editors: [Ann Editor, Bo Editor]
            publisher: Gopher Press
            description: A day of talks.
            keywords:
              - go
              - tracing
            identifier: urn:isbn:9780000000000
            cover: images/cover.png
            rights: CC BY 4.0
            handle-url: https://github.com/{handle}
            """);
        content.Write("images/cover.png", ContentFixture.Png(60, 90));
        content.WriteUp("00-a.md", "A", "Text.\n");

        var meta = content.ReadValid().Meta;

        content.NoDiagnostics();
        Assert.Equal("Talks and Q&A", meta.Subtitle);
        Assert.Equal("en-US", meta.Language);
        Assert.Equal(new DateOnly(2016, 7, 12), meta.Date);
        Assert.Equal(new EventInfo("GopherFest", "Bently Reserve", "San Francisco", "https://example.com/gopherfest"), meta.Event);
        Assert.Equal(["Ann Editor", "Bo Editor"], meta.Editors);
        Assert.Equal("Gopher Press", meta.Publisher);
        Assert.Equal("A day of talks.", meta.Description);
        Assert.Equal(["go", "tracing"], meta.Keywords);
        Assert.Equal("urn:isbn:9780000000000", meta.Identifier);
        Assert.Equal("CC BY 4.0", meta.Rights);
        Assert.Equal("https://github.com/{handle}", meta.HandleUrl);
        Assert.NotNull(meta.Cover);
        Assert.Equal("images/cover.png", meta.Cover.ContentPath);
        Assert.Equal("image/png", meta.Cover.MediaType);
        Assert.Equal((60, 90), (meta.Cover.PixelWidth, meta.Cover.PixelHeight));
    }

    [Fact]
    public void Default_identifier_is_the_uuid_v5_of_title_and_date()
    {
        // Expected values from python3: uuid.uuid5(uuid.NAMESPACE_URL, "recap:GopherFest 2016|2016-07-12").
        using var dated = new ContentFixture("title: GopherFest 2016\ndate: 2016-07-12\n");
        Assert.Equal("urn:uuid:419100e7-41d2-5665-b7f7-2b5e51fe8a92", dated.ReadValid().Meta.Identifier);

        // uuid.uuid5(uuid.NAMESPACE_URL, "recap:Untitled Event|"): no date, empty after the bar.
        using var undated = new ContentFixture("title: Untitled Event\n");
        Assert.Equal("urn:uuid:3edf501a-e2a3-5cf6-9e58-df96033737bd", undated.ReadValid().Meta.Identifier);
    }

    [Fact]
    public void Missing_folder_gives_no_publication()
    {
        var bag = new DiagnosticBag();
        var missing = Path.Combine(Path.GetTempPath(), "recap-missing-" + Guid.NewGuid().ToString("N"));

        Assert.Null(ContentReader.Read(missing, bag));

        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal(("no-content-folder", Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(missing, diagnostic.Source.File);
    }

    [Fact]
    public void Missing_book_yml_gives_no_publication()
    {
        using var content = new ContentFixture(bookYml: null);
        content.WriteUp("00-a.md", "A", "Text.\n");

        Assert.Null(content.Read());
        content.Single("no-book-file", "book.yml", 1, 1, Severity.Error);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_at_its_line_and_column()
    {
        using var content = new ContentFixture("title: Test\nsubtitle: \"never closed\n");

        Assert.Null(content.Read());
        content.Single("yaml-syntax", "book.yml", 2, 11, Severity.Error);
    }

    [Fact]
    public void Book_yml_that_is_not_a_map_gives_no_publication()
    {
        using var content = new ContentFixture("- just\n- a list\n");

        Assert.Null(content.Read());
        content.Single("invalid-value", "book.yml", 1, 1, Severity.Error);
    }

    [Fact]
    public void Missing_title_is_an_error_but_the_rest_is_still_read()
    {
        using var content = new ContentFixture("subtitle: No Title\n");
        content.Write("00-a.md", "No front matter.\n");

        var publication = content.Read();

        Assert.NotNull(publication);
        content.Single("missing-title", "book.yml", 1, 1, Severity.Error);
        content.Single("no-front-matter", "00-a.md", 1, 1, Severity.Error);
    }

    [Fact]
    public void Empty_title_is_an_error_at_the_key()
    {
        using var content = new ContentFixture("language: en\ntitle:\n");

        Assert.NotNull(content.Read());
        content.Single("missing-title", "book.yml", 2, 1, Severity.Error);
    }

    [Fact]
    public void Unknown_key_warns_with_a_suggestion_when_one_is_close()
    {
        using var content = new ContentFixture("title: T\nsubtitel: S\nflavour: mint\nevent:\n  nmae: GopherFest\n");

        content.ReadValid();

        var unknown = content.Diagnostics.Sorted().Where(d => d.Code == "unknown-key").ToList();
        Assert.Equal(3, unknown.Count);
        Assert.Equal((new SourceSpan(content.Path("book.yml"), 2, 1), "did you mean `subtitle`?"), (unknown[0].Source, unknown[0].Hint));
        Assert.Equal((new SourceSpan(content.Path("book.yml"), 3, 1), null), (unknown[1].Source, unknown[1].Hint));
        Assert.Equal((new SourceSpan(content.Path("book.yml"), 5, 3), "did you mean `name`?"), (unknown[2].Source, unknown[2].Hint));
        Assert.All(unknown, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Theory]
    [InlineData("2016-7-12")]
    [InlineData("July 12, 2016")]
    [InlineData("2016-02-30")]
    public void Date_must_be_yyyy_mm_dd(string date)
    {
        using var content = new ContentFixture($"title: T\ndate: {date}\n");

        Assert.Null(content.ReadValid().Meta.Date);
        content.Single("invalid-date", "book.yml", 2, 7, Severity.Error);
    }

    [Fact]
    public void Language_must_be_a_bcp47_tag()
    {
        using var content = new ContentFixture("title: T\nlanguage: English please\n");

        Assert.Equal("en", content.ReadValid().Meta.Language);
        content.Single("invalid-language", "book.yml", 2, 11, Severity.Error);
    }

    [Fact]
    public void A_list_key_given_as_text_is_an_error_at_the_value()
    {
        using var content = new ContentFixture("title: T\neditors: Ann Editor\n");

        Assert.Empty(content.ReadValid().Meta.Editors);
        content.Single("invalid-value", "book.yml", 2, 10, Severity.Error);
    }

    [Fact]
    public void Handle_url_without_placeholder_warns()
    {
        using var content = new ContentFixture("title: T\nhandle-url: https://example.com/\n");

        content.ReadValid();
        content.Single("handle-url-without-placeholder", "book.yml", 2, 13, Severity.Warning);
    }

    [Fact]
    public void Cover_is_checked_like_an_image()
    {
        using var content = new ContentFixture("title: T\ncover: images/missing.png\n");

        Assert.Null(content.ReadValid().Meta.Cover);
        content.Single("image-missing", "book.yml", 2, 8, Severity.Error);
    }

    [Fact]
    public void Cover_outside_the_content_folder_is_an_error()
    {
        using var outside = new TempFolder();
        outside.Write("cover.png", ContentFixture.Png(4, 4));
        using var content = new ContentFixture($"title: T\ncover: ../{Path.GetFileName(outside.Path)}/cover.png\n");

        Assert.Null(content.ReadValid().Meta.Cover);
        content.Single("image-outside-content", "book.yml", 2, 8, Severity.Error);
    }

    [Fact]
    public void No_write_ups_warns()
    {
        using var content = new ContentFixture();

        Assert.Empty(content.ReadValid().WriteUps);
        content.Single("no-write-ups", "book.yml", 1, 1, Severity.Warning);
    }
}
