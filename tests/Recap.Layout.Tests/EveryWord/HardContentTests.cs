using System.Diagnostics;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Testing;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Recap.Layout.Tests.EveryWord;

/// <summary>
/// The content that used to leave the page (see <see cref="HardContent"/>), built on every paper:
/// every word inside the text block and present, warnings saying what was shrunk, and the SVG's
/// colours and the GIF's pixels on the rendered page.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class HardContentTests
{
    public static TheoryData<string> Papers { get; } = new("a5", "a4", "letter", "half-letter");

    [Theory]
    [MemberData(nameof(Papers))]
    public void Every_word_is_inside_the_text_block_and_present(string paper)
    {
        using var content = new TempFolder();
        var words = HardContent.WriteTo(content.Path);
        using var theme = Theme.Load(RepoPaths.DefaultTheme, paper);
        var diagnostics = new DiagnosticBag();
        var publication = ContentReader.Read(content.Path, diagnostics)!;
        var pdfPath = Path.Combine(content.Path, "out.pdf");
        var result = PdfBuild.Write(publication, theme, pdfPath, diagnostics);

        var messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.False(diagnostics.HasErrors, string.Join('\n', messages));
        Assert.Contains(messages, m => m.Contains("warning: table set at 7 pt", StringComparison.Ordinal) && m.Contains("01-hard.md:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("nest more than", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("outside the text block", StringComparison.Ordinal) || m.Contains("not drawn", StringComparison.Ordinal));

        // The body pages: after the cover and colophon, before the notes pages and the back cover.
        var pages = result.Document.Pages.Length;
        TextBlockAssert.WordsInside(pdfPath, theme, Enumerable.Range(3, pages - 3).Where(n => !IsNotesPage(pdfPath, n)));

        using var pdf = PdfDocument.Open(pdfPath);
        var text = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "", StringComparison.Ordinal);
        foreach (var word in words)
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        // The note reads in order across its pages.
        var at = 0;
        foreach (var word in HardContent.NoteWords)
        {
            at = text.IndexOf(word, at, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{word} missing or out of order");
        }
    }

    [Fact]
    public void The_svg_colours_and_the_gif_pixels_are_on_the_rendered_page()
    {
        using var content = new TempFolder();
        HardContent.WriteTo(content.Path);
        using var theme = Theme.Load(RepoPaths.DefaultTheme, "a5");
        var diagnostics = new DiagnosticBag();
        var pdfPath = Path.Combine(content.Path, "out.pdf");
        PdfBuild.Write(ContentReader.Read(content.Path, diagnostics)!, theme, pdfPath, diagnostics);
        using (var render = Process.Start("pdftoppm", ["-r", "72", "-png", pdfPath, Path.Combine(content.Path, "page")])!)
        {
            render.WaitForExit();
            Assert.Equal(0, render.ExitCode);
        }

        var colours = new HashSet<SKColor>();
        foreach (var png in Directory.GetFiles(content.Path, "page*.png"))
        {
            using var bitmap = SKBitmap.Decode(png);
            colours.UnionWith(bitmap.Pixels);
        }

        Assert.Contains(new SKColor(255, 0, 0), colours); // the SVG's square
        Assert.Contains(new SKColor(0, 0, 255), colours); // the SVG's circle
        Assert.Contains(new SKColor(0, 200, 0), colours); // the GIF's left half
        Assert.Contains(new SKColor(255, 0, 255), colours); // the GIF's right half
    }

    private static bool IsNotesPage(string pdfPath, int number)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        return pdf.GetPage(number).GetWords().Any(w => w.Text == "Notes") || number == pdf.NumberOfPages;
    }
}
