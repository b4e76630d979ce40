using System.Xml.Linq;
using Recap.Frames;
using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>Images, internal links, metadata, labels and viewer settings, read back with qpdf and poppler.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class DocumentPartsTests
{
    [Fact]
    public void Jpeg_passes_through_and_png_gets_a_soft_mask()
    {
        using var folder = new TempFolder();
        var bytes = SampleDocument.Create().Bytes();
        var path = folder.Write("images.pdf", bytes);
        var json = QpdfJson.Read(path);

        var images = json.Objects.Where(o => QpdfJson.Name(o.Value, "/Subtype") == "/Image").ToList();
        var jpeg = Assert.Single(images, i => QpdfJson.Name(i.Value, "/Filter") == "/DCTDecode");
        Assert.True(bytes.AsSpan().IndexOf(TestImages.Jpeg) > 0, "the JPEG bytes are embedded unchanged");
        var png = Assert.Single(images, i => i.Value.TryGetProperty("/SMask", out _));
        Assert.Equal(16, png.Value.GetProperty("/Width").GetInt32());
        Assert.Equal("/DeviceRGB", QpdfJson.Name(png.Value, "/ColorSpace"));

        var rgb = QpdfJson.StreamData(path, png.Key);
        Assert.Equal(16 * 8 * 3, rgb.Length);
        Assert.Equal([0x33, 0x66, 0x99], rgb[..3]);
        var mask = QpdfJson.StreamData(path, png.Value.GetProperty("/SMask").GetString()!);
        Assert.All(mask, alpha => Assert.Equal(0x80, alpha));
        Assert.Equal("/DeviceGray", QpdfJson.Name(json.Resolve(png.Value.GetProperty("/SMask")), "/ColorSpace"));
    }

    [Fact]
    public void Internal_link_jumps_to_the_named_destination_on_its_page()
    {
        using var folder = new TempFolder();
        var path = SampleDocument.Create().WriteTo(folder);
        var json = QpdfJson.Read(path);

        var goTo = json.Objects.Values.Single(o => o.TryGetProperty("/A", out var a) && QpdfJson.Name(a, "/S") == "/GoTo");
        Assert.Equal("details", QpdfJson.Text(goTo.GetProperty("/A"), "/D"));
        var names = json.Resolve(json.Catalog.GetProperty("/Names").GetProperty("/Dests")).GetProperty("/Names").EnumerateArray().ToList();
        Assert.Equal(["u:details", "u:intro"], names.Where((_, i) => i % 2 == 0).Select(n => n.GetString()));
        var target = names[1].EnumerateArray().ToList();
        var secondPage = json.Root.GetProperty("pages")[1].GetProperty("object").GetString();
        Assert.Equal(secondPage, target[0].GetString());
        Assert.Equal("/XYZ", target[1].GetString());
        Assert.Equal(595.28 - 60, target[3].GetDouble(), 3);
    }

    [Fact]
    public void Info_and_xmp_say_the_same_and_the_viewer_shows_title_and_outline()
    {
        using var folder = new TempFolder();
        var path = SampleDocument.Create().WriteTo(folder);

        var info = ExternalTool.Run("pdfinfo", "-isodates", path).StdOut;
        var xmp = XDocument.Parse(ExternalTool.Run("pdfinfo", "-meta", path).StdOut.Trim());
        XNamespace dc = "http://purl.org/dc/elements/1.1/", pdf = "http://ns.adobe.com/pdf/1.3/", xmpNs = "http://ns.adobe.com/xap/1.0/";

        Assert.Contains("Title:           Test document", info);
        Assert.Equal("Test document", xmp.Descendants(dc + "title").Single().Value);
        Assert.Contains("Author:          Recap Tests", info);
        Assert.Equal("Recap Tests", xmp.Descendants(dc + "creator").Single().Value);
        Assert.Contains("Subject:         Frames into PDF", info);
        Assert.Equal("Frames into PDF", xmp.Descendants(dc + "description").Single().Value);
        Assert.Contains("Keywords:        pdf, test", info);
        Assert.Equal("pdf, test", xmp.Descendants(pdf + "Keywords").Single().Value);
        Assert.Contains("CreationDate:    2016-07-14T18:00:00+02", info);
        Assert.Equal("2016-07-14T18:00:00+02:00", xmp.Descendants(xmpNs + "CreateDate").Single().Value);
        Assert.Contains("ModDate:         2016-07-15T09:30:00", info);
        Assert.Equal("2016-07-15T09:30:00+00:00", xmp.Descendants(xmpNs + "ModifyDate").Single().Value);
        Assert.Contains("Tagged:          yes", info);
        Assert.DoesNotContain("pdfuaid", xmp.ToString(), StringComparison.Ordinal);

        var catalog = QpdfJson.Read(path).Catalog;
        Assert.Equal("/UseOutlines", QpdfJson.Name(catalog, "/PageMode"));
        Assert.True(catalog.GetProperty("/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean());
    }

    [Fact]
    public void Page_labels_number_roman_then_decimal_ranges()
    {
        var b = new DocumentBuilder();
        foreach (var label in new[] { "i", "ii", "1", "2", "3", "Cover" })
        {
            b.Page(label: label);
            b.Text(null, 40, 40, "page " + label);
        }

        using var folder = new TempFolder();
        var labels = QpdfJson.Read(b.WriteTo(folder)).Root.GetProperty("pagelabels").EnumerateArray()
            .Select(l => l.GetProperty("index").GetInt32() + ":" + System.Text.Json.JsonSerializer.Serialize(l.GetProperty("label")))
            .ToList();

        Assert.Equal(
            ["0:{\"/S\":\"/r\",\"/St\":1}", "2:{\"/S\":\"/D\",\"/St\":1}", "5:{\"/P\":\"u:Cover\",\"/St\":1}"],
            labels);
    }

    [Fact]
    public void Link_to_an_unknown_destination_is_an_error()
    {
        var b = new DocumentBuilder();
        b.Add(new LinkItem(new Rect(10, 10, 50, 12), new DestinationTarget("nowhere"), null));

        var error = Assert.Throws<ArgumentException>(() => b.Bytes());

        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
    }
}
