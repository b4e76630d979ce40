using System.IO.Compression;
using Recap.Testing;
using Recap.Theming;
using SkiaSharp;

namespace Recap.Cli.Tests;

/// <summary>Issue 14, "one design": the ebook's cover is the booklet's cover page, drawn from the theme.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class EbookCoverTests : IDisposable
{
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void The_ebook_cover_is_the_booklet_cover_drawn_1600_wide_on_the_theme_accent()
    {
        var cover = BuildAndReadCover("all", "both");
        using var bitmap = SKBitmap.Decode(cover);
        var accent = ThemeSettings.Load(RepoPaths.DefaultTheme).Colors.Accent;

        // A5 (148 × 210 mm) 1600 pixels across is 2270.3 down, rounded up. The band at the top is the accent itself.
        Assert.Equal((1600, 2271), (bitmap.Width, bitmap.Height));
        Assert.Equal(new SKColor(accent.R, accent.G, accent.B), bitmap.GetPixel(8, 8));
        // The page's foot is paper, with the venue and date in the text colour somewhere on it.
        Assert.Equal(SKColors.White, bitmap.GetPixel(8, bitmap.Height - 8));
        // Flat colour, so a palette PNG (IHDR colour type 3): the cover travels with every mailed ebook.
        Assert.Equal(3, cover[25]);
        Assert.InRange(cover.Length, 1, 32 * 1024);
    }

    [Fact]
    public void Building_only_the_ebook_draws_the_same_cover_as_building_both()
    {
        Assert.Equal(BuildAndReadCover("all", "both"), BuildAndReadCover("epub", "epub-only"));
    }

    [Theory]
    [InlineData("epub")]
    [InlineData("all")]
    public void A_character_of_the_cover_that_no_face_draws_is_reported_once_whether_the_booklet_is_built_or_not(string format)
    {
        // The cover is set while the write-ups are read; built alone, the ebook reports what setting it found.
        using var folder = SampleContent.Valid();
        folder.Write("content/book.yml", "title: Sample Recap \U0001F9AB\nlanguage: en\n");
        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder), "-f", format, "--no-system-fonts");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Single(run.Error.Split('\n'), line => line.Contains("U+1F9AB", StringComparison.Ordinal) && line.Contains("book.yml", StringComparison.Ordinal));
    }

    private byte[] BuildAndReadCover(string format, string folder)
    {
        var output = Path.Combine(_output.Path, folder);
        var run = CliRun.Of("build", RepoPaths.Content, "-o", output, "-f", format, "-q");
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var archive = ZipFile.OpenRead(Path.Combine(output, "gopherfest-summer-2016-recap.epub"));
        using var entry = archive.GetEntry("EPUB/images/cover.png")!.Open();
        using var bytes = new MemoryStream();
        entry.CopyTo(bytes);
        return bytes.ToArray();
    }
}
