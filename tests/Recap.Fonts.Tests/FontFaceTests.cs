using Recap.Fonts;
using Recap.Testing;

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

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(70000)]
    public void A_file_that_holds_no_font_is_a_clear_error(int length)
    {
        using var folder = new TempFolder();
        var path = folder.Write("not-a-font.ttf", [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7))]);

        var error = Assert.Throws<InvalidDataException>(() => FontFace.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_face_reads_its_whole_file_and_keeps_it_while_in_use()
    {
        // The file is read into memory HarfBuzz holds: later glyphs (the end of the file) still come out right.
        using var folder = new TempFolder();
        var path = folder.Write("copy.ttf", File.ReadAllBytes(TestFonts.GoPath("Regular")));
        using var copy = FontFace.Load(path);
        File.Delete(path);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var go = TestFonts.GoRegular;
        Assert.Equal(go.GlyphCount, copy.GlyphCount);
        foreach (var c in "Az€ﬁ")
        {
            Assert.Equal(go.TryGetGlyph(c, out var expected), copy.TryGetGlyph(c, out var glyph));
            Assert.Equal(expected, glyph);
            Assert.Equal(go.GetGlyphAdvance(expected), copy.GetGlyphAdvance(glyph));
        }
    }
}
