using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Recap.Frames;

namespace Recap.Fonts;

/// <summary>Shaped runs as frame items: the face goes into the font book, the frame keeps its id.</summary>
public static class GlyphRuns
{
    /// <summary>Places a shaped run with its pen at <paramref name="origin"/>, glyphs at their shaped advances and offsets, widened by <paramref name="horizontalScale"/>.</summary>
    public static GlyphRunItem Place(FontBook book, ShapedRun run, Point origin, Color color, StructureElement? element, double horizontalScale = 1) =>
        new(origin, Set(book, run, color, horizontalScale), element);

    /// <summary>
    /// What a run of <paramref name="run"/> draws: its glyphs as <see cref="Position"/> places them, in
    /// <paramref name="color"/>. A word set many times can share one (immutable, so every run may hold it).
    /// </summary>
    public static ShapedText Set(FontBook book, ShapedRun run, Color color, double horizontalScale)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(run);
        return new ShapedText(book.Add(run.Face), run.Size, color, Position(run, horizontalScale), run.Text, horizontalScale);
    }

    /// <summary>The run's glyphs at their shaped advances and offsets from its pen, widened by <paramref name="horizontalScale"/>.</summary>
    private static ImmutableArray<PositionedGlyph> Position(ShapedRun run, double horizontalScale)
    {
        var glyphs = new PositionedGlyph[run.Glyphs.Length];
        var pen = 0.0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = run.Glyphs[i];
            glyphs[i] = new PositionedGlyph(glyph.GlyphId, (float)((pen + glyph.OffsetX) * horizontalScale), (float)glyph.OffsetY, glyph.Cluster);
            pen += glyph.Advance;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(glyphs);
    }
}
