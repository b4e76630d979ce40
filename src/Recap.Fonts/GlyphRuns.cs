using System.Collections.Immutable;
using Recap.Frames;

namespace Recap.Fonts;

/// <summary>Shaped runs as frame items: the face goes into the font book, the frame keeps its id.</summary>
public static class GlyphRuns
{
    /// <summary>Places a shaped run with its pen at <paramref name="origin"/>, glyphs at their shaped advances and offsets, widened by <paramref name="horizontalScale"/>.</summary>
    public static GlyphRunItem Place(FontBook book, ShapedRun run, Point origin, Color color, StructureElement? element, double horizontalScale = 1)
    {
        var glyphs = ImmutableArray.CreateBuilder<PositionedGlyph>(run.Glyphs.Length);
        var pen = 0.0;
        foreach (var glyph in run.Glyphs)
        {
            glyphs.Add(new PositionedGlyph(glyph.GlyphId, (float)((pen + glyph.OffsetX) * horizontalScale), (float)glyph.OffsetY, glyph.Cluster));
            pen += glyph.Advance;
        }

        return new GlyphRunItem(origin, book.Add(run.Face), run.Size, color, glyphs.MoveToImmutable(), run.Text, element, horizontalScale);
    }
}
