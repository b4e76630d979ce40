using System.Diagnostics;
using Recap.Markdown.Files;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

/// <summary>Small files that would cost a huge build are refused at their place, naming the limit (issue 11).</summary>
public sealed class BudgetTests
{
    [Theory]
    [InlineData(52_000)] // crashed the process with a stack overflow in the inline converter
    [InlineData(10_000)] // went through Markdig to the writers
    [InlineData(40)]
    public void Emphasis_nested_past_the_limit_is_an_error_not_a_crash(int depth)
    {
        using var content = new ContentFixture();
        content.WriteUp("01-deep.md", "Deep", "Start. " + string.Concat(Enumerable.Repeat("*a ", depth)) + "x" + string.Concat(Enumerable.Repeat(" b*", depth)) + "\n");

        Assert.NotNull(content.Read());

        var error = Assert.Single(content.Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Contains(error.Code, new[] { "nesting-too-deep", "paragraph-too-long" });
        Assert.Equal(content.Path("01-deep.md"), error.Source.File);
        Assert.Equal(4, error.Source.Line);
    }

    [Theory]
    [InlineData(64, "- ")] // Markdig's own depth limit threw an ArgumentException
    [InlineData(128, "> ")]
    [InlineData(2_000, "> ")]
    [InlineData(33, "> ")]
    public void Lists_and_quotes_nested_past_the_limit_are_an_error(int depth, string marker)
    {
        using var content = new ContentFixture();
        var body = marker == "> "
            ? string.Concat(Enumerable.Repeat("> ", depth)) + "deep\n"
            : string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n"));
        content.WriteUp("01-deep.md", "Deep", body);

        Assert.NotNull(content.Read());

        var error = Assert.Single(content.Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal("nesting-too-deep", error.Code);
        Assert.Contains($"limit of {ContentLimits.NestingDepth}", error.Message);
        Assert.DoesNotContain(content.Diagnostics.Sorted(), d => d.Code == "empty-write-up");
    }

    [Fact]
    public void Nesting_within_the_limit_reads()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-ok.md", "Fine", string.Concat(Enumerable.Repeat("> ", 10)) + "**_quoted_**\n");

        var quote = Assert.IsType<BlockQuote>(Assert.Single(content.ReadValid().WriteUps[0].Body));

        Assert.NotNull(quote);
        content.NoDiagnostics();
    }

    [Fact]
    public void A_write_up_over_the_size_limit_is_refused()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-big.md", "Big", new string('a', (int)ContentLimits.WriteUpBytes) + "\n");

        content.Read();

        var error = content.Single("file-too-large", "01-big.md", 1, 1, Severity.Error);
        Assert.Contains("over the limit of 1,048,576", error.Message);
    }

    [Fact]
    public void Write_ups_over_the_total_limit_are_refused_before_any_is_read()
    {
        using var content = new ContentFixture();
        // Each within its own budget, together one over: sparse files, as only their sizes are looked at.
        var count = (int)(ContentLimits.AllWriteUpsBytes / ContentLimits.WriteUpBytes) + 1;
        for (var i = 0; i < count; i++)
        {
            using var file = File.OpenWrite(content.WriteUp($"{i:D3}-talk.md", "Talk", "Text.\n"));
            file.SetLength(ContentLimits.WriteUpBytes);
        }

        Assert.Null(content.Read());

        var error = Assert.Single(content.Diagnostics.Sorted());
        Assert.Equal(("content-too-large", Severity.Error), (error.Code, error.Severity));
        Assert.Contains($"over the limit of {ContentLimits.AllWriteUpsBytes:N0}", error.Message);
    }

    [Fact]
    public void A_paragraph_over_its_limit_is_refused()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-long.md", "Long", "Intro.\n\n" + string.Join(' ', Enumerable.Repeat("word", 25_000)) + "\n");

        content.Read();

        content.Single("paragraph-too-long", "01-long.md", 6, 1, Severity.Error);
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_at_its_file()
    {
        var big = new string('x', 100_000);
        using var content = new ContentFixture($"title: T\nkeywords: [&a \"{big}\", {string.Join(", ", Enumerable.Repeat("*a", 2_000))}]\n");
        content.WriteUp("01-a.md", "A", "Text.\n");

        Assert.Null(content.Read());

        var error = content.Single("yaml-too-large", "book.yml", 1, 1, Severity.Error);
        Assert.Contains("aliases", error.Message);
    }

    [Fact]
    public void Nested_aliases_are_measured_without_expanding_them()
    {
        // The billion laughs: nine levels of ten aliases each would be 10^9 strings.
        var yaml = "title: T\na0: &a0 [lol]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));
        using var content = new ContentFixture(yaml);
        var clock = Stopwatch.StartNew();

        Assert.Null(content.Read());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "measured without expanding: an expansion would run for hours");
        Assert.Contains(content.Diagnostics.Sorted(), d => d.Code == "yaml-too-large");
    }

    [Fact]
    public void Deeply_nested_yaml_is_refused_before_it_is_built()
    {
        using var content = new ContentFixture("title: T\nkeywords: " + new string('[', 100_000) + "\n");

        Assert.Null(content.Read());

        Assert.Contains(content.Diagnostics.Sorted(), d => d.Code == "yaml-too-large" && d.Source.File == content.Path("book.yml"));
    }

    [Fact]
    public void A_write_up_that_links_outside_the_folder_is_refused()
    {
        using var outside = new Recap.Testing.TempFolder();
        var secret = outside.Write("secret.md", "---\ntitle: Secret\n---\nPrivate.\n");
        using var content = new ContentFixture();
        File.CreateSymbolicLink(content.Path("01-link.md"), secret);

        var publication = content.Read();

        content.Single("file-outside-content", "01-link.md", 1, 1, Severity.Error);
        Assert.DoesNotContain(publication?.WriteUps ?? [], w => w.Meta.Title == "Secret");
    }

    [Fact]
    public void A_book_file_that_links_outside_the_folder_is_refused()
    {
        using var outside = new Recap.Testing.TempFolder();
        var book = outside.Write("book.yml", "title: Elsewhere\n");
        using var content = new ContentFixture(bookYml: null);
        File.CreateSymbolicLink(content.Path("book.yml"), book);

        Assert.Null(content.Read());

        content.Single("file-outside-content", "book.yml", 1, 1, Severity.Error);
    }

    [Fact]
    public void A_link_inside_the_folder_is_read()
    {
        using var content = new ContentFixture();
        content.WriteUp("drafts/talk.md", "Linked", "Text.\n");
        File.CreateSymbolicLink(content.Path("01-talk.md"), content.Path("drafts/talk.md"));

        Assert.Equal("Linked", Assert.Single(content.ReadValid().WriteUps).Meta.Title);
    }

    [Fact]
    public async Task A_fifo_write_up_is_refused_without_waiting_for_a_writer()
    {
        using var content = new ContentFixture();
        SpecialFiles.MakeFifo(content.Path("01-pipe.md"));

        Assert.True(await SpecialFiles.Finishes(content.Read), "reading a FIFO hung");
        content.Single("not-a-file", "01-pipe.md", 1, 1, Severity.Error);
    }

    [Fact]
    public async Task A_link_to_a_device_is_refused()
    {
        using var content = new ContentFixture();
        File.CreateSymbolicLink(content.Path("01-zero.md"), "/dev/zero");

        Assert.True(await SpecialFiles.Finishes(content.Read), "reading /dev/zero did not stop");
        Assert.Contains(content.Diagnostics.Sorted(), d => d.Severity == Severity.Error && d.Source.File == content.Path("01-zero.md"));
    }
}
