using System.Runtime.InteropServices;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Recap.Fonts;

/// <summary>
/// Shapes text with HarfBuzz. Layout measures and the exporter draws with the output of this one
/// class, so measured widths and drawn glyphs cannot disagree. Thread-safe.
/// </summary>
public static class TextShaper
{
    // A buffer per thread: creating one per call costs more than the shaping of a short word.
    [ThreadStatic]
    private static Buffer? t_buffer;

    /// <summary>Shapes a whole string.</summary>
    public static ShapedRun Shape(FontFace face, double size, string text, TextDirection direction = TextDirection.LeftToRight) =>
        Shape(face, size, text, 0, text.Length, direction);

    /// <summary>
    /// Shapes <paramref name="length"/> characters from <paramref name="start"/>, with the text around
    /// them as context (so joining and contextual forms see their neighbours). The run's text is the
    /// substring; its clusters index into that substring.
    /// </summary>
    public static ShapedRun Shape(FontFace face, double size, string text, int start, int length, TextDirection direction = TextDirection.LeftToRight)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length);

        var buffer = t_buffer ??= new Buffer();
        buffer.ClearContents();
        buffer.AddUtf16(text.AsSpan(), start, length);
        buffer.Direction = direction == TextDirection.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        face.HarfBuzzFont.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        // Filled in place and handed over as the run's array: no builder to make and drop.
        var glyphs = new ShapedGlyph[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            var position = positions[i];
            glyphs[i] = new ShapedGlyph(
                (ushort)infos[i].Codepoint,
                (int)infos[i].Cluster - start,
                position.XAdvance * scale,
                position.XOffset * scale,
                -position.YOffset * scale);
        }

        return new ShapedRun(face, size, text.Substring(start, length), direction, ImmutableCollectionsMarshal.AsImmutableArray(glyphs));
    }

    /// <summary>The advance width of a string shaped alone, in design units (no allocation per glyph).</summary>
    internal static int MeasureUnits(FontFace face, ReadOnlySpan<char> text)
    {
        var buffer = t_buffer ??= new Buffer();
        buffer.ClearContents();
        buffer.AddUtf16(text);
        buffer.Direction = Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        face.HarfBuzzFont.Shape(buffer);
        var width = 0;
        foreach (var position in buffer.GetGlyphPositionSpan())
        {
            width += position.XAdvance;
        }

        return width;
    }
}
