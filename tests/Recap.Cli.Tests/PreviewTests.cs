using Recap.Testing;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Recap.Cli.Tests;

[Trait(Tier.Key, Tier.Full)]
public sealed class PreviewTests
{
    private static readonly Dictionary<string, string> FixedDate = new() { ["SOURCE_DATE_EPOCH"] = "1467331200" };

    [Fact]
    public void Preview_draws_every_booklet_page_at_96_dpi_and_the_cover_as_a_share_card()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);

        var run = CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output, "--preview");

        Assert.Equal(0, run.ExitCode);
        using var pdf = PdfDocument.Open(Path.Combine(output, "sample-recap.pdf"));
        var pages = PreviewPages(output);
        Assert.Equal(Enumerable.Range(1, pdf.NumberOfPages).Select(n => $"page-{n:000}.png"), pages.Select(Path.GetFileName));
        foreach (var page in pages)
        {
            // A5 (419.53 × 595.28 pt) at 96 dpi, rounded up.
            Assert.Equal((560, 794), PixelSize(page));
        }

        Assert.Equal((1200, 630), PixelSize(Path.Combine(output, "sample-recap-cover.png")));
        Assert.Contains("sample-recap-cover.png", run.Out, StringComparison.Ordinal);
        Assert.Contains($"sample-recap-preview{Path.DirectorySeparatorChar}  {pdf.NumberOfPages} pages", run.Out, StringComparison.Ordinal);
        Assert.Equal(["sample-recap-preview"], Directory.GetDirectories(output).Select(Path.GetFileName));
    }

    [Fact]
    public void The_cover_page_is_drawn()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);

        CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output, "--preview");

        using var cover = SKBitmap.Decode(Path.Combine(output, "sample-recap-preview", "page-001.png"));
        var inked = cover.Pixels.Count(c => c != SKColors.White);
        Assert.True(inked > cover.Width * cover.Height / 10, $"only {inked} pixels of {cover.Width * cover.Height} are not paper white");
    }

    [Fact]
    public void A_shorter_rebuild_leaves_no_page_of_the_longer_one()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);
        for (var i = 2; i <= 9; i++)
        {
            folder.Write($"content/0{i}-talk.md", $"---\ntitle: Talk {i}\nspeakers:\n  - name: Speaker {i}\n---\nA paragraph for talk {i}.\n");
        }

        Assert.Equal(0, CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output, "--preview").ExitCode);
        var longer = PreviewPages(output).Length;
        for (var i = 2; i <= 9; i++)
        {
            File.Delete(Path.Combine(SampleContent.ContentOf(folder), $"0{i}-talk.md"));
        }

        Assert.Equal(0, CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output, "--preview").ExitCode);

        using var pdf = PdfDocument.Open(Path.Combine(output, "sample-recap.pdf"));
        Assert.True(longer > pdf.NumberOfPages, $"{longer} pages before, {pdf.NumberOfPages} after");
        Assert.Equal(pdf.NumberOfPages, PreviewPages(output).Length);
        Assert.Equal(["sample-recap-preview"], Directory.GetDirectories(output).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.GetFiles(output), file => file.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_build_leaves_the_earlier_previews_as_they_were()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);
        Assert.Equal(0, CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output, "--preview").ExitCode);
        var before = PreviewPages(output).Select(File.ReadAllBytes).ToList();

        folder.Write("content/book.yml", "subtitle: no title any more\n");
        Assert.Equal(1, CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output, "--preview").ExitCode);

        Assert.Equal(before, PreviewPages(output).Select(File.ReadAllBytes));
    }

    [Fact]
    public void Two_builds_draw_byte_identical_pictures()
    {
        using var folder = SampleContent.Valid();
        var first = Path.Combine(folder.Path, "a");
        var second = Path.Combine(folder.Path, "b");

        CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", first, "--preview");
        CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", second, "--preview");

        Assert.Equal(PreviewPages(first).Select(File.ReadAllBytes), PreviewPages(second).Select(File.ReadAllBytes));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "sample-recap-cover.png")), File.ReadAllBytes(Path.Combine(second, "sample-recap-cover.png")));
    }

    [Fact]
    public void Preview_without_the_booklet_is_a_command_line_error()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);

        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", output, "-f", "epub", "--preview");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--preview", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static string[] PreviewPages(string output) =>
        [.. Directory.GetFiles(Path.Combine(output, "sample-recap-preview")).Order(StringComparer.Ordinal)];

    private static (int Width, int Height) PixelSize(string png)
    {
        var info = SKBitmap.DecodeBounds(png);
        return (info.Width, info.Height);
    }
}
