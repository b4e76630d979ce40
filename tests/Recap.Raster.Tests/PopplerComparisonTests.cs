using System.Globalization;
using Recap.Testing;

namespace Recap.Raster.Tests;

/// <summary>
/// Our pictures against poppler's rendering of the PDF exported from the same frames: the same
/// lines of ink in the same places prove the preview shows what the booklet prints.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class PopplerComparisonTests(GopherFestBooklet booklet) : IClassFixture<GopherFestBooklet>
{
    private const int Dpi = 96;

    [Fact]
    public void Every_line_of_ink_on_every_page_lies_where_poppler_draws_it()
    {
        // Cover and back cover (bands of colour, white type), contents (leaders), talks, ruled Notes pages.
        var pages = booklet.Layout.Document.Pages;
        var prefix = Path.Combine(booklet.Folder.Path, "poppler");
        var result = ExternalTool.Run("pdftoppm", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-png", booklet.PdfPath, prefix);
        Assert.True(result.ExitCode == 0, "pdftoppm failed: " + result.All);

        var differences = new List<string>();
        for (var i = 0; i < pages.Length; i++)
        {
            var ours = Picture.Decode(TestFrames.Png(pages[i], Dpi, booklet.Layout.Fonts));
            var poppler = Picture.Read($"{prefix}-{i + 1:00}.png");
            differences.AddRange(Compare(i + 1, ours, poppler));
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    private static IEnumerable<string> Compare(int pageNumber, Picture ours, Picture poppler)
    {
        if ((ours.Width, ours.Height) != (poppler.Width, poppler.Height))
        {
            yield return $"page {pageNumber}: ours is {ours.Width}×{ours.Height} px, poppler's {poppler.Width}×{poppler.Height}";
            yield break;
        }

        var ourBands = ours.InkBands();
        var popplerBands = poppler.InkBands();
        if (ourBands.Count != popplerBands.Count || ourBands.Count == 0)
        {
            yield return $"page {pageNumber}: {ourBands.Count} lines of ink, poppler {popplerBands.Count}\n"
                + $"  ours:    {string.Join(' ', ourBands)}\n  poppler: {string.Join(' ', popplerBands)}";
            yield break;
        }

        for (var i = 0; i < ourBands.Count; i++)
        {
            if (!ourBands[i].IsNear(popplerBands[i], 2))
            {
                yield return $"page {pageNumber}, line {i + 1}: ours {ourBands[i]}, poppler's {popplerBands[i]}";
            }
        }
    }
}
