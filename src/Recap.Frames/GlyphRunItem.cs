using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// A <see cref="GlyphRun"/> placed on its own: a folio, a running head, a row of leaders. The words of a
/// set line are a <see cref="TextLineItem"/> instead.
/// </summary>
/// <param name="Origin">Where the first glyph's pen position sits on the baseline.</param>
/// <param name="Shaped">The glyphs and their text, face, size, colour and scale: shared by the runs that set the same word alike.</param>
/// <param name="Element">The structure element this text belongs to, or null for page furniture (an artifact: running heads, folios).</param>
public sealed record GlyphRunItem(Point Origin, ShapedText Shaped, StructureElement? Element) : FrameItem
{
    /// <summary>A run with glyphs of its own (a folio, a row of leaders): nothing to share them with.</summary>
    public GlyphRunItem(
        Point origin, FaceId face, double size, Color color, ImmutableArray<PositionedGlyph> glyphs, string text, StructureElement? element, double horizontalScale = 1)
        : this(origin, new ShapedText(face, size, color, glyphs, text, horizontalScale), element)
    {
    }

    /// <summary>The run as a value: what writers draw, alone or in a line.</summary>
    public GlyphRun Run => new(Origin, Shaped, Element);

    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
