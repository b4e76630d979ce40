using System.Collections.Immutable;

namespace Recap.Fonts;

/// <summary>The result of shaping one string in one face at one size: glyphs in visual order.</summary>
public sealed class ShapedRun
{
    internal ShapedRun(FontFace face, double size, string text, TextDirection direction, ImmutableArray<ShapedGlyph> glyphs)
    {
        Face = face;
        Size = size;
        Text = text;
        Direction = direction;
        Glyphs = glyphs;
        var width = 0.0;
        foreach (var glyph in glyphs)
        {
            width += glyph.Advance;
        }

        Width = width;
    }

    public FontFace Face { get; }

    /// <summary>The font size in points.</summary>
    public double Size { get; }

    /// <summary>The text that was shaped; glyph clusters are UTF-16 indices into it.</summary>
    public string Text { get; }

    public TextDirection Direction { get; }

    public ImmutableArray<ShapedGlyph> Glyphs { get; }

    /// <summary>The sum of the advances, in points.</summary>
    public double Width { get; }
}
