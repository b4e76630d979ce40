using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Testing;
using UglyToad.PdfPig;

namespace Recap.Layout.Tests.Booklet;

/// <summary>The back cover lists speakers in up to three columns, and only counts them when they are more.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class BackCoverTests
{
    [Theory]
    [InlineData(12)]
    [InlineData(24)]
    public void Speakers_that_fit_are_all_named(int speakers)
    {
        var back = BackCoverText(speakers);

        for (var i = 1; i <= speakers; i++)
        {
            Assert.Contains(BookletPdfPage.Squeeze(Name(i)), back, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(BookletPdfPage.Squeeze(CountLine(speakers)), back, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roll_call_too_long_for_the_cover_becomes_a_count()
    {
        var back = BackCoverText(120);

        Assert.Contains(BookletPdfPage.Squeeze(CountLine(120)), back, StringComparison.Ordinal);
        Assert.DoesNotContain(BookletPdfPage.Squeeze(Name(1)), back, StringComparison.Ordinal);
    }

    private static string Name(int i) => $"Speaker Number{i:D3}";

    // As a reader sees it on the page.
    private static string CountLine(int speakers) => $"{speakers} speakers; the contents names each under their talk.";

    /// <returns>The text of the booklet's last page, for a recap of <paramref name="speakers"/> one-speaker talks.</returns>
    private static string BackCoverText(int speakers)
    {
        using var content = new TempFolder();
        content.Write("book.yml", "title: Many Voices\n");
        for (var i = 1; i <= speakers; i++)
        {
            content.Write($"{i:D3}-talk.md", $"---\ntitle: Talk {i}\nspeakers:\n  - name: {Name(i)}\n    affiliation: Company {i}\n---\nA short write-up.\n");
        }

        var diagnostics = new DiagnosticBag();
        var publication = ContentReader.Read(content.Path, diagnostics)!;
        using var theme = Theme.Load(RepoPaths.DefaultTheme);
        var pdf = Path.Combine(content.Path, "booklet.pdf");
        PdfBuild.Write(publication, theme, pdf, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));

        using var document = PdfDocument.Open(pdf);
        return BookletPdfPage.Read(document.GetPage(document.NumberOfPages)).Text;
    }
}
