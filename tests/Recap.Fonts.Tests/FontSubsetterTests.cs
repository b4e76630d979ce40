using Recap.Fonts;
using Recap.Testing;

namespace Recap.Fonts.Tests;

public sealed class FontSubsetterTests
{
    [Fact]
    public void Character_subset_is_small_loadable_and_keeps_only_what_was_asked()
    {
        var original = new FileInfo(TestFonts.GoPath("Regular")).Length;

        var bytes = FontSubsetter.Subset(TestFonts.GoRegular, "Héllo, wörld".EnumerateRunes().Select(r => r.Value));

        Assert.True(bytes.Length < original / 5, $"subset is {bytes.Length} bytes of {original}");
        using var folder = new TempFolder();
        using var subset = FontFace.Load(folder.Write("subset.ttf", bytes));
        Assert.True(subset.HasGlyph('H') && subset.HasGlyph('ö') && subset.HasGlyph(','));
        Assert.False(subset.HasGlyph('z'));
        Assert.Equal(TestFonts.GoRegular.UnitsPerEm, subset.UnitsPerEm);
        Assert.Equal(
            TextShaper.Shape(TestFonts.GoRegular, 10, "Héllo").Width,
            TextShaper.Shape(subset, 10, "Héllo").Width,
            9);
    }

    [Fact]
    public void Glyph_subset_keeps_glyph_ids_and_advances()
    {
        var face = TestFonts.DejaVuSans;
        var run = TextShaper.Shape(face, 10, "ქართული");
        var glyphs = run.Glyphs.Select(g => g.GlyphId).ToHashSet();

        var bytes = FontSubsetter.SubsetGlyphs(face, glyphs);

        Assert.True(bytes.Length < new FileInfo(TestFonts.DejaVuSansPath).Length / 20);
        using var folder = new TempFolder();
        using var subset = FontFace.Load(folder.Write("subset.ttf", bytes));
        Assert.All(glyphs, g => Assert.Equal(face.GetGlyphAdvance(g), subset.GetGlyphAdvance(g)));
        Assert.True(subset.GlyphCount > glyphs.Max());
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        int[] text = ['a', 'b', 'c'];

        Assert.Equal(FontSubsetter.Subset(TestFonts.GoRegular, text), FontSubsetter.Subset(TestFonts.GoRegular, text.Reverse()));
    }

    [Fact]
    public void Both_subsets_leave_the_hinting_programs_out()
    {
        var original = Tables(File.ReadAllBytes(TestFonts.GoPath("Regular")));
        Assert.Contains("fpgm", original); // the test means something only while Go carries hinting

        var forEbook = Tables(FontSubsetter.Subset(TestFonts.GoRegular, "Hinted?".EnumerateRunes().Select(r => r.Value)));
        var forPdf = Tables(FontSubsetter.SubsetGlyphs(TestFonts.GoRegular, [1, 2, 3]));

        Assert.All(new[] { "fpgm", "prep", "cvt " }, tag => Assert.DoesNotContain(tag, forEbook.Concat(forPdf)));
        Assert.Contains("cmap", forEbook);
    }

    [Fact]
    public void The_notdef_box_keeps_its_outline_in_both_subsets_so_a_missing_character_shows()
    {
        using var folder = new TempFolder();
        var forPdf = folder.Write("pdf.ttf", FontSubsetter.SubsetGlyphs(TestFonts.GoRegular, [36]));
        var forEbook = folder.Write("ebook.ttf", FontSubsetter.Subset(TestFonts.GoRegular, ['a']));

        Assert.True(NotdefWidth(TestFonts.GoPath("Regular")) > 0);
        Assert.Equal(NotdefWidth(TestFonts.GoPath("Regular")), NotdefWidth(forPdf));
        Assert.Equal(NotdefWidth(TestFonts.GoPath("Regular")), NotdefWidth(forEbook));
    }

    // The ink width of glyph 0, from its outline (0 when the glyph is empty).
    private static int NotdefWidth(string path)
    {
        using var blob = HarfBuzzSharp.Blob.FromFile(path);
        using var face = new HarfBuzzSharp.Face(blob, 0);
        using var font = new HarfBuzzSharp.Font(face);
        return font.TryGetGlyphExtents(0, out var extents) ? extents.Width : 0;
    }

    // The table tags of an sfnt's directory (OpenType: numTables at 4, 16-byte records from 12).
    private static List<string> Tables(byte[] font)
    {
        var count = (font[4] << 8) | font[5];
        return [.. Enumerable.Range(0, count).Select(i => System.Text.Encoding.ASCII.GetString(font, 12 + (16 * i), 4))];
    }
}
