using System.Globalization;
using System.Text.RegularExpressions;
using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary><c>recap build --impose</c> on the real content: the printer's file beside the booklet.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed partial class ImposeTests : IDisposable
{
    private const string Slug = "gopherfest-summer-2016-recap";

    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void The_imposed_file_puts_the_booklet_2_up_on_A4_in_saddle_stitch_order()
    {
        var run = CliRun.Of("build", RepoPaths.Content, "-o", _output.Path, "-f", "pdf", "--impose");
        var booklet = Path.Combine(_output.Path, Slug + ".pdf");
        var imposed = Path.Combine(_output.Path, Slug + "-imposed.pdf");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains(imposed + "  ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", run.Out, StringComparison.Ordinal); // A5 on A4: full size

        var pages = SizesOf(booklet).Count;
        var sides = SizesOf(imposed);
        Assert.Equal(pages / 2, sides.Count);
        Assert.All(sides, side => Assert.Equal((841.89, 595.28), side));

        // Sheet 1 front: the back cover | page 1; its back: page 2 | the last page but one.
        Assert.Equal(PageText(booklet, pages), HalfText(imposed, 1, right: false));
        Assert.Equal(PageText(booklet, 1), HalfText(imposed, 1, right: true));
        Assert.Equal(PageText(booklet, 2), HalfText(imposed, 2, right: false));
        Assert.Equal(PageText(booklet, pages - 1), HalfText(imposed, 2, right: true));
        Assert.NotEqual("", PageText(booklet, 1));

        var check = ExternalTool.QpdfCheck(imposed);
        Assert.True(check.ExitCode == 0, check.All);
        Assert.Equal(FontNames(booklet).Order(), FontNames(imposed).Order());
    }

    [Fact]
    public void A4_pages_with_marks_are_scaled_and_the_note_says_so()
    {
        var run = CliRun.Of("build", RepoPaths.Content, "-o", _output.Path, "-f", "pdf", "--paper", "a4", "--marks");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"recap: note: A4 pages scaled to \d+(\.\d)?% to fit two and the marks on an A4 sheet", run.Out);
        var imposed = Path.Combine(_output.Path, Slug + "-imposed.pdf");
        Assert.All(SizesOf(imposed), side => Assert.Equal((841.89, 595.28), side));
        Assert.Equal(PageText(Path.Combine(_output.Path, Slug + ".pdf"), 1), HalfText(imposed, 1, right: true));
    }

    [Fact]
    public void Imposing_without_the_booklet_is_a_usage_error()
    {
        var run = CliRun.Of("build", RepoPaths.Content, "-o", _output.Path, "-f", "epub", "--impose");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--impose needs the booklet", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_output.Path));
    }

    private static List<(double Width, double Height)> SizesOf(string pdf)
    {
        var info = ExternalTool.Run("pdfinfo", "-f", "1", "-l", "100000", pdf);
        Assert.Equal(0, info.ExitCode);
        return [.. SizeLine().Matches(info.StdOut).Select(m => (
            double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];
    }

    private static string PageText(string pdf, int page) =>
        Words(ExternalTool.PdfToText(pdf, "-f", Int(page), "-l", Int(page)));

    /// <summary>The words on one half of an imposed side: pdftotext cropped to the half.</summary>
    private static string HalfText(string pdf, int side, bool right) =>
        Words(ExternalTool.PdfToText(pdf, "-f", Int(side), "-l", Int(side),
            "-x", right ? "421" : "0", "-y", "0", "-W", "420", "-H", "596"));

    private static List<string> FontNames(string pdf) =>
        [.. ExternalTool.Run("pdffonts", pdf).StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(row => row.Split(' ')[0].Split('+')[^1])];

    private static string Words(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();
}
