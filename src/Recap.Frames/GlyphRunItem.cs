using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// Shaped text in one face, size and colour.
/// </summary>
/// <param name="Origin">Where the first glyph's pen position sits on the baseline.</param>
/// <param name="Face">The face, by its id in the document's font book.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Glyphs">In visual order, each positioned relative to <paramref name="Origin"/>.</param>
/// <param name="Text">The Unicode text the glyphs stand for; glyph clusters index into it. Copying and screen readers get this text.</param>
/// <param name="Element">The structure element this text belongs to, or null for page furniture (an artifact: running heads, folios).</param>
/// <param name="HorizontalScale">How much each glyph is widened (above 1) or narrowed about its origin: font expansion of a
/// justified line. The glyph positions already include it; the text it stands for does not change.</param>
public sealed record GlyphRunItem(
    Point Origin,
    FaceId Face,
    double Size,
    Color Color,
    ImmutableArray<PositionedGlyph> Glyphs,
    string Text,
    StructureElement? Element,
    double HorizontalScale = 1) : FrameItem
{
    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
