using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// What a <see cref="GlyphRunItem"/> draws, apart from where and for which structure element: glyphs of
/// one face at one size, scale and colour, with the text they stand for. Immutable and apart from the
/// run, so every run that sets the same word the same way shares one (a book holds hundreds of thousands
/// of runs and a few tens of thousands of distinct words: each run kept alive until the PDF is written
/// costs the garbage collector its every byte).
/// </summary>
/// <param name="Face">The face, by its id in the document's font book.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Glyphs">In visual order, each positioned relative to the run's origin.</param>
/// <param name="Text">The Unicode text the glyphs stand for; glyph clusters index into it. Copying and screen readers get this text.</param>
/// <param name="HorizontalScale">How much each glyph is widened (above 1) or narrowed about its origin: font expansion of a
/// justified line. The glyph positions already include it; the text it stands for does not change.</param>
public sealed record ShapedText(FaceId Face, double Size, Color Color, ImmutableArray<PositionedGlyph> Glyphs, string Text, double HorizontalScale = 1);
