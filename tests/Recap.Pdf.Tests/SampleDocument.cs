using Recap.Frames;

namespace Recap.Pdf.Tests;

/// <summary>
/// A two-page document with what a recap has: headings, paragraphs in accented Latin, Greek and a
/// fallback script (Georgian, from DejaVu Sans), a web link, an internal link, a figure, a rule and
/// a folio as furniture, an outline and page labels. Positions here are what the tests check.
/// </summary>
internal static class SampleDocument
{
    public const double Margin = 50;
    public const double TitleBaseline = 80;
    public const string Url = "https://golang.org/doc/";

    public static DocumentBuilder Create()
    {
        var b = new DocumentBuilder();
        var sect = b.Root.Add(StructureKind.Sect);

        b.Page(label: "1");
        b.Add(new DestinationItem(new Point(Margin, 60), "intro"));
        b.Text(sect.Add(StructureKind.H1), TestFonts.GoBold, Margin, TitleBaseline, "Gophers at work", 18);

        var p1 = sect.Add(StructureKind.P);
        b.Text(p1, Margin, 110, "Café naïve über façade.");
        b.Text(p1, Margin, 124, "Greek: καλημέρα κόσμε.");
        b.Text(p1, Margin, 138, "Georgian: ქართული ენა.");

        var p2 = sect.Add(StructureKind.P);
        var x = b.Text(p2, Margin, 160, "Read ");
        var link = p2.Add(StructureKind.Link);
        var end = b.Text(link, x, 160, "the docs");
        b.Add(new LinkItem(new Rect(x, 150, end - x, 13), new UriTarget(Url), link));
        var jump = p2.Add(StructureKind.Link);
        var end2 = b.Text(p2, end, 160, " or ");
        var end3 = b.Text(jump, end2, 160, "jump ahead");
        b.Add(new LinkItem(new Rect(end2, 150, end3 - end2, 13), new DestinationTarget("details"), jump));
        b.Text(p2, end3, 160, ".");

        var figure = sect.Add(StructureKind.Figure, altText: "A blue square");
        b.Add(new ImageItem(new Rect(Margin, 180, 64, 32), new ImageData(TestImages.Png, ImageData.Png), figure));
        b.Add(new ShapeItem(ShapePath.Line(new Point(Margin, 230), new Point(369.53, 230)), null, new Stroke(Color.FromHex("#999999"), 0.5), null));
        b.Text(null, Margin, 570, "Folio 1");

        b.Page(label: "2");
        var details = b.Root.Add(StructureKind.Sect);
        b.Add(new DestinationItem(new Point(Margin, 60), "details"));
        b.Text(details.Add(StructureKind.H2), TestFonts.GoBold, Margin, TitleBaseline, "Details", 14);
        b.Text(details.Add(StructureKind.P), TestFonts.GoItalic, Margin, 110, "Second page text.");
        b.Add(new ImageItem(new Rect(Margin, 130, 32, 16), new ImageData(TestImages.Jpeg, ImageData.Jpeg), details.Add(StructureKind.Figure, "A red strip")));
        b.Text(null, Margin, 570, "Folio 2");

        b.Outline(new OutlineEntry("Gophers at work", "intro", [new OutlineEntry("Details", "details")]));
        return b;
    }
}
