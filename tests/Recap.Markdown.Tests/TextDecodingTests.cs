using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

/// <summary>Text is never altered in silence: bad bytes warn at their place, every line ending ends a line.</summary>
public sealed class TextDecodingTests
{
    [Fact]
    public void Invalid_utf8_is_a_warning_at_the_first_bad_byte_and_the_build_goes_on()
    {
        using var content = new ContentFixture();
        content.Write("01-talk.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\nJust \u00e9 then "u8, 0xFF, .. " bad.\n"u8]);

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.Single("invalid-utf8", "01-talk.md", 2, 11, Severity.Warning);
        Assert.Equal("Caf\uFFFD", writeUp.Meta.Title);
    }

    [Fact]
    public void Invalid_utf8_in_book_yml_warns_at_its_column()
    {
        using var content = new ContentFixture(bookYml: null);
        content.Write("book.yml", [.. "title: Caf\u00e9 "u8, 0xC3, 0x28, .. "\n"u8]);
        content.WriteUp("01-a.md", "A", "Text.\n");

        Assert.Equal("Caf\u00e9 \uFFFD(", content.ReadValid().Meta.Title);
        content.Single("invalid-utf8", "book.yml", 1, 13, Severity.Warning);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Every_line_ending_ends_a_line(string ending)
    {
        using var content = new ContentFixture();
        var text = string.Join(ending, "---", "title: Talk", "---", "First paragraph.", "", "Second paragraph.", "");
        content.Write("01-talk.md", System.Text.Encoding.UTF8.GetBytes(text));

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.NoDiagnostics();
        Assert.Equal("Talk", writeUp.Meta.Title);
        Assert.Equal(["First paragraph.", "Second paragraph."], writeUp.Body.OfType<Paragraph>().Select(p => InlineText.Plain(p.Content)));
        Assert.Equal(6, writeUp.Body[1].Source.Line);
    }

    [Fact]
    public void An_undefined_footnote_reference_is_a_warning_at_its_place()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "Known[^a] and unknown[^nope].\n\n[^a]: Defined.\n");

        content.ReadValid();

        var warning = Assert.Single(content.Diagnostics.Sorted(), d => d.Code == "footnote-undefined");
        Assert.Equal((content.Path("01-talk.md"), 4, Severity.Warning), (warning.Source.File, warning.Source.Line, warning.Severity));
        Assert.Contains("[^nope]", warning.Message);
    }

    [Fact]
    public void A_second_definition_of_a_footnote_is_a_warning()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "Text[^a].\n\n[^a]: One.\n\n[^a]: Two.\n");

        content.ReadValid();

        content.Single("footnote-duplicate", "01-talk.md", 8, 1, Severity.Warning);
        Assert.DoesNotContain(content.Diagnostics.Sorted(), d => d.Code == "footnote-undefined");
    }

    [Fact]
    public void Footnotes_that_cite_each_other_read_without_a_warning()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "Text[^a].\n\n[^a]: See [^b].\n\n[^b]: See [^a].\n");

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.NoDiagnostics();
        Assert.Equal(2, writeUp.Footnotes.Count);
    }
}
