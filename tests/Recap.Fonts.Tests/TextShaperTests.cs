using Recap.Fonts;

namespace Recap.Fonts.Tests;

public sealed class TextShaperTests
{
    [Fact]
    public void Maps_each_character_to_a_glyph_with_clusters_into_the_text()
    {
        var run = TextShaper.Shape(TestFonts.GoRegular, 10, "Héllo");

        Assert.Equal(5, run.Glyphs.Length);
        Assert.Equal([0, 1, 2, 3, 4], run.Glyphs.Select(g => g.Cluster));
        Assert.True(TestFonts.GoRegular.TryGetGlyph('H', out var h));
        Assert.Equal(h, run.Glyphs[0].GlyphId);
        var expected = TestFonts.GoRegular.GetGlyphAdvance(h) * 10.0 / 2048;
        Assert.Equal(expected, run.Glyphs[0].Advance, 9);
        Assert.Equal(run.Glyphs.Sum(g => g.Advance), run.Width, 9);
    }

    [Fact]
    public void Substring_keeps_clusters_relative_to_the_run()
    {
        var run = TextShaper.Shape(TestFonts.GoRegular, 12, "one two", 4, 3);

        Assert.Equal("two", run.Text);
        Assert.Equal([0, 1, 2], run.Glyphs.Select(g => g.Cluster));
    }

    [Fact]
    public void Dejavu_kerns_so_shaping_is_not_just_a_cmap()
    {
        var face = TestFonts.DejaVuSans;
        var pair = TextShaper.Shape(face, 10, "AV").Width;
        var apart = TextShaper.Shape(face, 10, "A").Width + TextShaper.Shape(face, 10, "V").Width;

        Assert.True(pair < apart, $"AV {pair} should be narrower than A + V {apart}");
    }

    [Fact]
    public void Right_to_left_runs_come_out_in_visual_order()
    {
        var run = TextShaper.Shape(TestFonts.DejaVuSans, 10, "שלום", TextDirection.RightToLeft);

        Assert.Equal([3, 2, 1, 0], run.Glyphs.Select(g => g.Cluster));
    }

    [Fact]
    public void Shaping_from_many_threads_gives_the_same_glyphs()
    {
        const string Text = "The quick brown fox jumps over the lazy dog, καλημέρα.";
        var expected = TextShaper.Shape(TestFonts.GoRegular, 11, Text).Glyphs.ToArray();

        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(_ => TextShaper.Shape(TestFonts.GoRegular, 11, Text).Glyphs.ToArray())
            .ToList();

        Assert.All(results, glyphs => Assert.Equal(expected, glyphs));
    }
}
