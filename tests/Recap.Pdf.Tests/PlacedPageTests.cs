using System.Text;
using Recap.Frames;
using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>Pages drawn inside other pages (<see cref="PlacedPageItem"/>): as an imposition places booklet pages on sheets.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class PlacedPageTests
{
    [Fact]
    public void A_page_placed_twice_is_one_form_drawn_twice_as_text()
    {
        using var folder = new TempFolder();
        var page = Inner();
        var sheet = new DocumentBuilder();
        sheet.Page(Size.A4);
        sheet.Add(new PlacedPageItem(page, new Point(0, 0), 1));
        sheet.Add(new PlacedPageItem(page, new Point(300, 421), 0.5));

        var path = sheet.WriteTo(folder, pretty: true);
        var pretty = Encoding.Latin1.GetString(File.ReadAllBytes(path));

        Assert.Equal(1, CountOf(pretty, "/Subtype/Form/BBox[0 0 419.53 595.28]"));
        Assert.Contains("q 1 0 0 1 0 246.61 cm/Fm0 Do Q", pretty, StringComparison.Ordinal);
        Assert.Contains("q 0.5 0 0 0.5 300 123.25 cm/Fm0 Do Q", pretty, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(ExternalTool.PdfToText(path), "Placed words"));
        var check = ExternalTool.QpdfCheck(path);
        Assert.True(check.ExitCode == 0, check.All);
        Assert.DoesNotContain("WARNING", check.All, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_document_that_places_pages_is_written_untagged_without_the_placed_links()
    {
        var sheet = new DocumentBuilder();
        sheet.Page(Size.A4);
        sheet.Add(new PlacedPageItem(Inner(), new Point(0, 0), 1));

        var pretty = Encoding.Latin1.GetString(sheet.Bytes(pretty: true));

        Assert.DoesNotContain("/StructTreeRoot", pretty, StringComparison.Ordinal);
        Assert.DoesNotContain("/MarkInfo", pretty, StringComparison.Ordinal);
        Assert.DoesNotContain("/StructParents", pretty, StringComparison.Ordinal);
        Assert.DoesNotContain("BDC", pretty, StringComparison.Ordinal);
        Assert.DoesNotContain("BMC", pretty, StringComparison.Ordinal);
        Assert.DoesNotContain("/Annots", pretty, StringComparison.Ordinal);
        Assert.DoesNotContain("/Dests", pretty, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_of_placed_pages_and_of_the_sheet_are_one_subset_each()
    {
        using var folder = new TempFolder();
        var sheet = new DocumentBuilder();
        sheet.Page(Size.A4);
        sheet.Add(new PlacedPageItem(Inner(), new Point(0, 0), 1));
        sheet.Text(null, 450, 50, "Sheet words");

        var fonts = ExternalTool.Run("pdffonts", sheet.WriteTo(folder)).StdOut
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.Single(fonts);
        Assert.Contains("+GoRegular ", fonts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_placed_page_may_place_another_page_in_turn()
    {
        using var folder = new TempFolder();
        var spread = new Page(new Size(839.06, 595.28), [new PlacedPageItem(Inner(), new Point(419.53, 0), 1)]);
        var sheet = new DocumentBuilder();
        sheet.Page(Size.A4);
        sheet.Add(new PlacedPageItem(spread, new Point(0, 0), 0.5));
        sheet.Add(new PlacedPageItem(spread.Items.Cast<PlacedPageItem>().Single().Page, new Point(0, 421), 0.5));

        var path = sheet.WriteTo(folder, pretty: true);
        var pretty = Encoding.Latin1.GetString(File.ReadAllBytes(path));

        // Each page is one form, under its own name even where both are placed on the sheet.
        Assert.Equal(2, CountOf(pretty, "/Subtype/Form"));
        Assert.Contains("/XObject<</Fm0 ", pretty, StringComparison.Ordinal);
        Assert.Contains("/Fm1 ", pretty, StringComparison.Ordinal);
        Assert.Contains("Placed words", ExternalTool.PdfToText(path, "-x", "209", "-y", "0", "-W", "210", "-H", "298"), StringComparison.Ordinal);
        Assert.Equal(0, ExternalTool.QpdfCheck(path).ExitCode);
    }

    /// <summary>An A5 page with words, a tagged paragraph, a link and a destination, built as layout would.</summary>
    private static Page Inner()
    {
        var builder = new DocumentBuilder();
        builder.Page();
        var paragraph = builder.Root.Add(StructureKind.P);
        builder.Text(paragraph, 50, 100, "Placed words");
        var link = paragraph.Add(StructureKind.Link);
        builder.Add(new LinkItem(new Rect(50, 90, 60, 12), new UriTarget("https://go.dev"), link));
        builder.Add(new DestinationItem(new Point(50, 90), "placed"));
        return builder.Build().Pages[0];
    }

    private static int CountOf(string text, string value) => text.Split(value).Length - 1;
}
