using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>The sample document read back by qpdf, poppler and byte comparison.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class PdfToolsTests
{
    [Fact]
    public void Qpdf_finds_no_errors_and_no_warnings()
    {
        using var folder = new TempFolder();
        var path = SampleDocument.Create().WriteTo(folder);

        var result = ExternalTool.QpdfCheck(path);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("No syntax or stream encoding errors found", result.StdOut);
        Assert.DoesNotContain("WARNING", result.All, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pdftotext_reads_the_text_in_reading_order_with_every_script()
    {
        using var folder = new TempFolder();
        var path = SampleDocument.Create().WriteTo(folder);

        var text = ExternalTool.PdfToText(path);

        var expected = new[]
        {
            "Gophers at work", "Café naïve über façade.", "Greek: καλημέρα κόσμε.", "Georgian: ქართული ენა.",
            "Read the docs or jump ahead.", "Folio 1", "Details", "Second page text.", "Folio 2",
        };
        var at = 0;
        foreach (var line in expected)
        {
            var found = text.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{line}' not found after position {at} in:\n{text}");
            at = found + line.Length;
        }
    }

    [Fact]
    public void Pdffonts_shows_every_font_embedded_subset_with_unicode()
    {
        using var folder = new TempFolder();
        var path = SampleDocument.Create().WriteTo(folder);

        var result = ExternalTool.Run("pdffonts", path);

        Assert.Equal(0, result.ExitCode);
        var rows = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(4, rows.Count); // Go Bold, Go Regular, DejaVu Sans, Go Italic
        Assert.All(rows, row =>
        {
            Assert.Matches(@"^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes ", row);
        });
        Assert.Contains(rows, r => r.Contains("+DejaVuSans ", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_writes_are_byte_identical()
    {
        var first = SampleDocument.Create().Bytes();
        var second = SampleDocument.Create().Bytes();

        Assert.Equal(first, second);
    }
}
