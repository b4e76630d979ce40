using Recap.Testing;

namespace Recap.Raster.Tests;

/// <summary>
/// Our pictures against poppler's rendering of the PDF exported from the same frames: the same
/// lines of ink in the same places prove the preview shows what the booklet prints.
/// </summary>
public sealed class PopplerComparisonTests(GopherFestBooklet booklet) : IClassFixture<GopherFestBooklet>
{
    private const int Dpi = 96;

    [Theory]
    [InlineData(1)] // the cover: large title, rules
    [InlineData(3)] // contents: leaders, right-aligned numbers
    [InlineData(4)] // the foreword
    [InlineData(5)] // a talk's opening page: title, byline, body text, a Q&A
    public void Each_line_of_ink_lies_where_poppler_draws_it(int pageNumber)
    {
        var ours = Picture.Decode(TestFrames.Png(booklet.Layout.Document.Pages[pageNumber - 1], Dpi));
        var poppler = Poppler(pageNumber);

        Assert.Equal((poppler.Width, poppler.Height), (ours.Width, ours.Height));
        var ourBands = ours.InkBands();
        var popplerBands = poppler.InkBands();
        Assert.True(ourBands.Count > 2, $"page {pageNumber} shows only {ourBands.Count} lines of ink");
        Assert.True(
            popplerBands.Count == ourBands.Count,
            $"page {pageNumber}: {ourBands.Count} lines of ink, poppler {popplerBands.Count}\nours:    {string.Join(' ', ourBands)}\npoppler: {string.Join(' ', popplerBands)}");
        for (var i = 0; i < ourBands.Count; i++)
        {
            Assert.True(
                ourBands[i].IsNear(popplerBands[i], 2),
                $"page {pageNumber}, line {i + 1}: ours {ourBands[i]}, poppler's {popplerBands[i]}");
        }
    }

    private Picture Poppler(int pageNumber)
    {
        var prefix = Path.Combine(booklet.Folder.Path, $"poppler-{pageNumber}");
        var page = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = ExternalTool.Run("pdftoppm", "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page, "-l", page, "-singlefile", "-png", booklet.PdfPath, prefix);
        Assert.True(result.ExitCode == 0, "pdftoppm failed: " + result.All);
        return Picture.Read(prefix + ".png");
    }
}
