using System.Collections.Immutable;

namespace Recap.Frames.Tests;

public sealed class FrameDumpTests
{
    [Fact]
    public void Every_kind_of_item_and_the_structure_tree_read_as_one_line_each()
    {
        var root = new StructureElement(StructureKind.Document);
        var section = root.Add(StructureKind.Sect);
        var paragraph = section.Add(StructureKind.P);
        var link = paragraph.Add(StructureKind.Link);
        var figure = section.Add(StructureKind.Figure, altText: "A gopher");
        var glyphs = ImmutableArray.Create(new PositionedGlyph(43, 0, 0, 0), new PositionedGlyph(72, 6.1f, 0, 1));
        var inner = new Page(new Size(100, 50), [new DestinationItem(new Point(0, 0), "inner")], "2");
        Page[] pages =
        [
            new(Size.A5, [
                new ShapeItem(ShapePath.Rectangle(new Rect(0, 0, 419.53, 100)), Color.FromHex("#00718d"), null, null),
                new GlyphRunItem(new Point(42.5, 120.004), new FaceId(0), 10, Color.Black, glyphs, "Hi \"there\"", paragraph),
                new LinkItem(new Rect(42.5, 110, 20, 12), new UriTarget("https://golang.org/"), link),
                new LinkItem(new Rect(42.5, 130, 20, 12), new DestinationTarget("w-intro"), link),
                new ShapeItem(ShapePath.Line(new Point(10, 200), new Point(60, 200)), null, new Stroke(Color.FromHex("#9aa5a9"), 0.5), null),
                new ImageItem(new Rect(10, 210, 80, 40), new ImageData(new byte[] { 1, 2, 3 }, ImageData.Png), figure),
                new DestinationItem(new Point(42.5, 56.7), "w-intro"),
                new PlacedPageItem(inner, new Point(300, 500), 0.5),
                new GroupItem(new Point(10, 20), [new DestinationItem(new Point(1, 2), "grouped")], new Rect(0, 0, 30, 40)),
                new TextLineItem(new Point(42.5, 300), [new GlyphRun(new Point(0, 0), new ShapedText(new FaceId(0), 10, Color.Black, glyphs, "Hi ", 1), paragraph)], [new DestinationItem(new Point(0, -8), "line")]),
            ], "1"),
        ];

        var dump = FrameDump.Write(new PagedDocument(pages, root, [], new DocumentInfo("T", "en")), face => face.Value == 0 ? "GoRegular" : "?");

        Assert.Equal(
            """
            page 1 419.53x595.28 "1"
              shape M 0,0 L 419.53,0 L 419.53,100 L 0,100 Z fill #00718d
              text 42.5,120 GoRegular 10 #000000 "Hi \"there\"" @e3
              link 42.5,110 20x12 -> https://golang.org/ @e4
              link 42.5,130 20x12 -> #w-intro @e4
              shape M 10,200 L 60,200 stroke #9aa5a9 0.5
              image 10,210 80x40 image/png 3 bytes @e5
              destination 42.5,56.7 w-intro
              placed 300,500 x0.5 100x50 "2"
                destination 0,0 inner
              group 10,20 clip 0,0 30x40
                destination 1,2 grouped
              line 42.5,300
                text 0,0 GoRegular 10 #000000 "Hi " @e3
                destination 0,-8 line
            structure
              e1 Document
                e2 Sect
                  e3 P
                    e4 Link
                  e5 Figure alt="A gopher"

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            dump);
    }

    [Fact]
    public void Without_names_a_face_shows_as_its_id() =>
        Assert.Contains(
            "text 0,0 f7 9 #000000",
            FrameDump.Write(new Page(Size.A5, [new GlyphRunItem(new Point(0, 0), new FaceId(7), 9, Color.Black, [], "", null)])),
            StringComparison.Ordinal);
}
