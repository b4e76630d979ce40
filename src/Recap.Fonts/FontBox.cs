namespace Recap.Fonts;

/// <summary>A rectangle in font design units (y up, as the font stores it): the union of all glyph outlines.</summary>
public readonly record struct FontBox(int XMin, int YMin, int XMax, int YMax);
