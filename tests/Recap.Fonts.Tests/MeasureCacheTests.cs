using Recap.Fonts;

namespace Recap.Fonts.Tests;

public sealed class MeasureCacheTests
{
    [Fact]
    public void Measures_like_the_shaper_at_any_size_and_shapes_each_word_once()
    {
        var cache = new MeasureCache();
        var face = TestFonts.DejaVuSans;

        Assert.Equal(TextShaper.Shape(face, 10, "AVATAR").Width, cache.Measure(face, 10, "AVATAR"), 9);
        Assert.Equal(TextShaper.Shape(face, 7.5, "AVATAR").Width, cache.Measure(face, 7.5, "AVATAR".AsSpan()), 9);
        Assert.Equal(1, cache.Count);

        cache.Measure(TestFonts.GoRegular, 10, "AVATAR");
        Assert.Equal(2, cache.Count);
    }
}
