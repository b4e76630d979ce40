namespace Recap.Fonts;

/// <summary>
/// One glyph of a shaped run, in points. Offsets follow Recap's page convention: x to the right,
/// y down (a mark raised above its base has a negative <see cref="OffsetY"/>).
/// </summary>
/// <param name="GlyphId">The glyph index in the face.</param>
/// <param name="Cluster">The UTF-16 index in the run's text where the characters this glyph stands for begin.</param>
/// <param name="Advance">How far the pen moves after this glyph.</param>
public readonly record struct ShapedGlyph(ushort GlyphId, int Cluster, double Advance, double OffsetX, double OffsetY);
