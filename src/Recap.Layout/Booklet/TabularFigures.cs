using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;

namespace Recap.Layout.Booklet;

/// <summary>
/// Figures in equal cells, so page numbers line up in a column whatever the face's own digit
/// widths (the Go fonts have no <c>tnum</c> feature to ask for), and dot leaders on a fixed grid,
/// so the dots of every entry line up too.
/// </summary>
internal static class TabularFigures
{
    /// <summary>The width of one figure's cell: the widest digit.</summary>
    public static double CellWidth(FontFace face, double size) =>
        TextShaper.Shape(face, size, "0123456789").Glyphs.Max(g => g.Advance);

    /// <summary>The number with its last cell ending at <paramref name="right"/>, each digit centred in its cell.</summary>
    public static GlyphRunItem Set(FontBook book, FontFace face, double size, string number, double right, double baseline, Color color, StructureElement? element)
    {
        var run = TextShaper.Shape(face, size, number);
        var cell = CellWidth(face, size);
        var glyphs = ImmutableArray.CreateBuilder<PositionedGlyph>(run.Glyphs.Length);
        foreach (var glyph in run.Glyphs)
        {
            var x = (glyph.Cluster * cell) + ((cell - glyph.Advance) / 2) + glyph.OffsetX;
            glyphs.Add(new PositionedGlyph(glyph.GlyphId, (float)x, (float)glyph.OffsetY, glyph.Cluster));
        }

        var origin = new Point(right - (cell * number.Length), baseline);
        return new GlyphRunItem(origin, book.Add(face), size, color, glyphs.MoveToImmutable(), run.Text, element);
    }

    /// <summary>Where the last glyph of a set line ends: the leaders start from the text, not from the line's measured width.</summary>
    public static double InkEnd(FontBook book, IEnumerable<GlyphRun> runs) =>
        runs
            .Where(run => !run.Glyphs.IsEmpty)
            .Select(run => (Run: run, Face: book[run.Face]))
            .Select(r => r.Run.Origin.X + r.Run.Glyphs.Max(g => g.X + r.Face.ToPoints(r.Face.GetGlyphAdvance(g.Id), r.Run.Size)))
            .DefaultIfEmpty(0)
            .Max();

    /// <summary>Dots every <paramref name="step"/> points, on the grid of multiples of the step, between two x positions; null when none fits.</summary>
    public static GlyphRunItem? Leaders(FontBook book, FontFace face, double size, double from, double to, double step, double baseline, Color color)
    {
        var dot = TextShaper.Shape(face, size, ".").Glyphs[0];
        var first = Math.Ceiling(from / step);
        var last = Math.Floor((to - dot.Advance) / step);
        if (last < first)
        {
            return null;
        }

        var count = (int)(last - first) + 1;
        var glyphs = ImmutableArray.CreateBuilder<PositionedGlyph>(count);
        for (var i = 0; i < count; i++)
        {
            glyphs.Add(new PositionedGlyph(dot.GlyphId, (float)(i * step), 0, i));
        }

        // Leaders are decoration: an artifact, so a screen reader does not read a row of dots.
        return new GlyphRunItem(new Point(first * step, baseline), book.Add(face), size, color, glyphs.MoveToImmutable(), new string('.', count), null);
    }
}
