using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>
/// The GopherFest booklet's text as assistive technology reads it: poppler's tagged text (what
/// screen readers and reflow follow) and pdftotext, with words apart and hyphenated words whole.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class TaggedTextTests(GopherFestBuild build) : IClassFixture<GopherFestBuild>
{
    private readonly string _pdf = Path.ChangeExtension(build.Epub, ".pdf");

    [Fact]
    public void The_tagged_text_has_its_word_spaces()
    {
        var tagged = ExternalTool.Run("pdfinfo", "-struct-text", _pdf).StdOut;

        Assert.Contains("When I was in the Ruby community, I built Sinatra.", tagged, StringComparison.Ordinal);
        Assert.Contains("Talks given at GopherFest, Bently Reserve, San Francisco.", tagged, StringComparison.Ordinal);
        Assert.DoesNotContain("WhenIwas", tagged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_hyphenated_at_a_line_end_reads_whole()
    {
        var lines = ExternalTool.Run("pdftotext", "-enc", "UTF-8", _pdf, "-").StdOut.Split('\n');
        var tagged = ExternalTool.Run("pdfinfo", "-struct-text", _pdf).StdOut;

        // The booklet breaks some words with a hyphen; extraction gives no line ending in one
        // after a letter, and the tagged text has no "word- rest" left over.
        Assert.DoesNotContain(lines, l => l.Length > 1 && l.EndsWith('-') && char.IsLetter(l[^2]));
        // "interesting" is set "inter-" / "esting" on page 8.
        Assert.Contains("the most interesting part of the program", tagged, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{L}- \p{Ll}", tagged);
    }
}
