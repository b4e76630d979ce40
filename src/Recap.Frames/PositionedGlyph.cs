namespace Recap.Frames;

/// <summary>
/// One glyph of a <see cref="GlyphRunItem"/>: its id in the run's face, its position relative to the
/// run's origin (points; x right, y down, so 0 is on the baseline) and the UTF-16 index in the run's
/// text where the characters it stands for begin. Offsets are single precision (finer than 0.001 pt
/// within any page) to keep a glyph at 16 bytes: a book holds millions of them.
/// </summary>
public readonly record struct PositionedGlyph(ushort Id, float X, float Y, int Cluster);
