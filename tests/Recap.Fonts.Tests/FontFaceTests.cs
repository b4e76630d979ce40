using Recap.Fonts;

namespace Recap.Fonts.Tests;

public sealed class FontFaceTests
{
    [Fact]
    public void Reads_names_and_metrics_of_go_regular()
    {
        var face = TestFonts.GoRegular;

        Assert.Equal("Go", face.FamilyName);
        Assert.Equal("Regular", face.StyleName);
        Assert.Equal("GoRegular", face.PostScriptName);
        Assert.Equal(2048, face.UnitsPerEm);
        Assert.InRange(face.Ascender, 1500, 2200);
        Assert.InRange(face.Descender, -700, -200);
        Assert.True(face.CapHeight > face.XHeight && face.XHeight > 0);
        Assert.Equal(0, face.ItalicAngle);
        Assert.False(face.IsItalic);
        Assert.Equal(400, face.Weight);
        Assert.True(face.BoundingBox.XMax > face.BoundingBox.XMin && face.BoundingBox.YMax > face.Ascender / 2);
    }

    [Fact]
    public void Bold_italic_reports_its_style()
    {
        var face = TestFonts.GoBoldItalic;

        Assert.Equal("Bold Italic", face.StyleName);
        Assert.True(face.IsItalic);
        Assert.True(face.ItalicAngle < 0);
        Assert.True(face.Weight > 400, $"weight {face.Weight}");
    }

    [Fact]
    public void Knows_which_characters_it_has()
    {
        var go = TestFonts.GoRegular;

        Assert.True(go.HasGlyph('é'));
        Assert.True(go.HasGlyph('λ'));
        Assert.False(go.HasGlyph(0x10D0)); // Georgian letter an: only the fallback has it.
        Assert.True(TestFonts.DejaVuSans.HasGlyph(0x10D0));
        Assert.True(go.TryGetGlyph('A', out var a) && a > 0);
        Assert.True(go.GetGlyphAdvance(a) > 0);
    }

    [Fact]
    public void Missing_file_is_a_clear_error()
    {
        Assert.Throws<FileNotFoundException>(() => FontFace.Load("/nonexistent/font.ttf"));
    }
}
