using Recap.Fonts;
using Recap.Frames;
using Recap.Testing;

namespace Recap.Imposition.Tests;

/// <summary>
/// Small booklets built by hand: every page carries one word, "PAGE" and its number, in Go
/// Regular, and a folio in Go Bold, tagged as layout would tag them, with a rule under the word.
/// </summary>
internal static class TestBooklet
{
    public static FontFace Regular { get; } = Face("Regular");

    public static FontFace Bold { get; } = Face("Bold");

    /// <summary>The faces the booklets' runs name, for the exporter.</summary>
    public static FontBook Fonts { get; } = new();

    public static PagedDocument Create(int pageCount, Size? pageSize = null)
    {
        var size = pageSize ?? Size.A5;
        var root = new StructureElement(StructureKind.Document);
        var pages = Enumerable.Range(1, pageCount).Select(number =>
        {
            var paragraph = root.Add(StructureKind.P);
            var word = TextShaper.Shape(Regular, 24, Word(number));
            var folio = TextShaper.Shape(Bold, 9, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var middle = size.Width / 2;
            return new Page(size, [
                GlyphRuns.Place(Fonts, word, new Point(middle - (word.Width / 2), size.Height / 2), Color.Black, paragraph),
                new ShapeItem(ShapePath.Line(new Point(middle - 40, (size.Height / 2) + 8), new Point(middle + 40, (size.Height / 2) + 8)), null, new Stroke(Color.Black, 0.5), null),
                GlyphRuns.Place(Fonts, folio, new Point(middle - (folio.Width / 2), size.Height - 30), Color.Black, null),
            ], number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        return new PagedDocument(pages, root, [], new DocumentInfo("Imposition test", "en-US"));
    }

    /// <summary>What page <paramref name="number"/> says: its word, then its folio (words separated by single spaces).</summary>
    public static string Text(int number) => $"{Word(number)} {number}";

    private static string Word(int number) => $"PAGE{number}";

    private static FontFace Face(string style) => FontFace.Load(Path.Combine(RepoPaths.DefaultTheme, "fonts", $"Go-{style}.ttf"));
}
