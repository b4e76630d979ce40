using Recap.Frames;
using Recap.Testing;

namespace Recap.Imposition.Tests;

/// <summary>Imposed booklets as the printer gets them: the exported PDF, read back with poppler and qpdf.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class ImposedPdfTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(20)]
    public void Each_half_of_each_side_shows_exactly_the_expected_page(int n)
    {
        using var folder = new TempFolder();
        var imposed = Imposer.Impose(TestBooklet.Create(n), new ImpositionOptions());

        var pdf = ImposedPdf.Write(folder, imposed);

        var sizes = pdf.SideSizes();
        Assert.Equal(n / 2, sizes.Count);
        Assert.All(sizes, size =>
        {
            Assert.Equal(841.89, size.Width, 2);
            Assert.Equal(595.28, size.Height, 2);
        });
        var sides = SaddleStitch.Sides(n);
        for (var i = 0; i < sides.Length; i++)
        {
            Assert.Equal(TestBooklet.Text(sides[i].Left), pdf.HalfText(i + 1, right: false, imposed.Sheet));
            Assert.Equal(TestBooklet.Text(sides[i].Right), pdf.HalfText(i + 1, right: true, imposed.Sheet));
        }

        var check = ExternalTool.QpdfCheck(pdf.Path);
        Assert.True(check.ExitCode == 0, check.All);
        Assert.Contains("No syntax or stream encoding errors found", check.StdOut, StringComparison.Ordinal);

        // Go Regular for the words and Go Bold for the folios, each embedded once for all sides.
        var fonts = pdf.FontNames();
        Assert.Equal(2, fonts.Count);
        Assert.Single(fonts, f => f.EndsWith("+GoRegular", StringComparison.Ordinal));
        Assert.Single(fonts, f => f.EndsWith("+Go-Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Padding_blanks_are_empty_halves()
    {
        using var folder = new TempFolder();
        var imposed = Imposer.Impose(TestBooklet.Create(6), new ImpositionOptions());

        var pdf = ImposedPdf.Write(folder, imposed);

        Assert.Equal(4, pdf.SideSizes().Count);
        Assert.Equal("", pdf.HalfText(1, right: false, imposed.Sheet));
        Assert.Equal(TestBooklet.Text(1), pdf.HalfText(1, right: true, imposed.Sheet));
        Assert.Equal(TestBooklet.Text(2), pdf.HalfText(2, right: false, imposed.Sheet));
        Assert.Equal("", pdf.HalfText(2, right: true, imposed.Sheet));
        Assert.Equal(TestBooklet.Text(6), pdf.HalfText(3, right: false, imposed.Sheet));
    }

    [Fact]
    public void Scaled_letter_pages_with_marks_keep_their_text_and_pass_qpdf()
    {
        using var folder = new TempFolder();
        var imposed = Imposer.Impose(TestBooklet.Create(8, Size.Letter), new ImpositionOptions { Marks = true });

        var pdf = ImposedPdf.Write(folder, imposed);

        Assert.All(pdf.SideSizes(), size => Assert.Equal(new Size(792, 612), size));
        Assert.Equal(TestBooklet.Text(8), pdf.HalfText(1, right: false, imposed.Sheet));
        Assert.Equal(TestBooklet.Text(1), pdf.HalfText(1, right: true, imposed.Sheet));
        Assert.Equal(TestBooklet.Text(4), pdf.HalfText(4, right: false, imposed.Sheet));
        Assert.Equal(TestBooklet.Text(5), pdf.HalfText(4, right: true, imposed.Sheet));
        Assert.Equal(0, ExternalTool.QpdfCheck(pdf.Path).ExitCode);
    }

    [Fact]
    public void The_printer_file_is_untagged_and_each_page_is_drawn_from_one_form()
    {
        using var folder = new TempFolder();
        var imposed = Imposer.Impose(TestBooklet.Create(8), new ImpositionOptions());

        var pdf = ImposedPdf.Write(folder, imposed);

        var json = ExternalTool.Run("qpdf", "--json", pdf.Path).StdOut;
        Assert.DoesNotContain("/StructTreeRoot", json, StringComparison.Ordinal);
        Assert.DoesNotContain("/MarkInfo", json, StringComparison.Ordinal);
        Assert.Equal(8, json.Split("\"/Subtype\": \"/Form\"").Length - 1);
    }
}
