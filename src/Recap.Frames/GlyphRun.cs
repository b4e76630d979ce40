using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// Shaped text placed at a point: what a <see cref="GlyphRunItem"/> draws alone, and what a
/// <see cref="TextLineItem"/> holds one of for each word of a line. A value, so a line's runs are one array
/// and not an object each (a book sets millions of words, each kept alive until the PDF is written).
/// </summary>
/// <param name="Origin">Where the first glyph's pen position sits on the baseline, in the coordinates of what holds the run.</param>
/// <param name="Shaped">The glyphs and their text, face, size, colour and scale: shared by the runs that set the same word alike.</param>
/// <param name="Element">The structure element this text belongs to, or null for page furniture (an artifact: running heads, folios, an added hyphen).</param>
public readonly record struct GlyphRun(Point Origin, ShapedText Shaped, StructureElement? Element)
{
    // What the run draws, read through it: writers ask the run, wherever its glyphs are kept.
    public FaceId Face => Shaped.Face;

    public double Size => Shaped.Size;

    public Color Color => Shaped.Color;

    public ImmutableArray<PositionedGlyph> Glyphs => Shaped.Glyphs;

    public string Text => Shaped.Text;

    public double HorizontalScale => Shaped.HorizontalScale;
}
