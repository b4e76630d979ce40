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
        var tagged = Tagged();

        Assert.Contains("When I was in the Ruby community, I built Sinatra.", tagged, StringComparison.Ordinal);
        Assert.Contains("Talks given at GopherFest, Bently Reserve, San Francisco.", tagged, StringComparison.Ordinal);
        Assert.DoesNotContain("WhenIwas", tagged, StringComparison.Ordinal);
    }

    // pdfinfo prints an element's marked-content pieces one a line: joined, they are what a reader reads.
    private string Tagged() =>
        System.Text.RegularExpressions.Regex.Replace(ExternalTool.Run("pdfinfo", "-struct-text", _pdf).StdOut, "\"\n *\"", "");

    [Fact]
    public void A_word_hyphenated_at_a_line_end_reads_whole()
    {
        var lines = ExternalTool.Run("pdftotext", "-enc", "UTF-8", "-raw", _pdf, "-").StdOut.Split('\n');
        var tagged = Tagged();

        // "maintenance" is set "mainte-" / "nance"; the hyphen is an artifact, not text.
        Assert.Contains(lines, l => l.EndsWith("mainte-", StringComparison.Ordinal));
        Assert.Contains("deployment and maintenance is another", tagged, StringComparison.Ordinal);
    }
}
