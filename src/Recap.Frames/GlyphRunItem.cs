using System.Collections.Immutable;
using Recap.Fonts;

namespace Recap.Frames;

/// <summary>
/// Shaped text in one face, size and colour.
/// </summary>
/// <param name="Origin">Where the first glyph's pen position sits on the baseline.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Glyphs">In visual order, each positioned relative to <paramref name="Origin"/>.</param>
/// <param name="Text">The Unicode text the glyphs stand for; glyph clusters index into it. Copying and screen readers get this text.</param>
/// <param name="Element">The structure element this text belongs to, or null for page furniture (an artifact: running heads, folios).</param>
/// <param name="HorizontalScale">How much each glyph is widened (above 1) or narrowed about its origin: font expansion of a
/// justified line. The glyph positions already include it; the text it stands for does not change.</param>
public sealed record GlyphRunItem(
    Point Origin,
    FontFace Face,
    double Size,
    Color Color,
    ImmutableArray<PositionedGlyph> Glyphs,
    string Text,
    StructureElement? Element,
    double HorizontalScale = 1) : FrameItem
{
    /// <summary>Places a shaped run with its pen at <paramref name="origin"/>, glyphs at their shaped advances and offsets, widened by <paramref name="horizontalScale"/>.</summary>
    public static GlyphRunItem FromShaped(ShapedRun run, Point origin, Color color, StructureElement? element, double horizontalScale = 1)
    {
        var glyphs = ImmutableArray.CreateBuilder<PositionedGlyph>(run.Glyphs.Length);
        var pen = 0.0;
        foreach (var glyph in run.Glyphs)
        {
            glyphs.Add(new PositionedGlyph(glyph.GlyphId, (float)((pen + glyph.OffsetX) * horizontalScale), (float)glyph.OffsetY, glyph.Cluster));
            pen += glyph.Advance;
        }

        return new GlyphRunItem(origin, run.Face, run.Size, color, glyphs.MoveToImmutable(), run.Text, element, horizontalScale);
    }
}
