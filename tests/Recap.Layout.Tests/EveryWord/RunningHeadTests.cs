using Recap.Fonts;
using Recap.Layout.Pages;

namespace Recap.Layout.Tests.EveryWord;

public sealed class RunningHeadTests
{
    private static readonly FontFace Face = FontFace.Load(Path.Combine(Recap.Testing.RepoPaths.DefaultTheme, "fonts", "Go-Italic.ttf"));

    private static ShapedRun Shape(string text) => TextShaper.Shape(Face, 8, text);

    [Fact]
    public void A_title_that_fits_is_kept_whole() =>
        Assert.Equal("Built for Snappiness", RunningHead.Fit("Built for Snappiness", 200, Shape).Text);

    [Fact]
    public void A_long_title_is_cut_after_a_whole_word_with_an_ellipsis_and_fits()
    {
        var title = "A very long write-up title that goes on and on about retrying round trippers with exponential backoff";
        var run = RunningHead.Fit(title, 150, Shape);

        Assert.True(run.Width <= 150);
        Assert.EndsWith(RunningHead.Ellipsis, run.Text);
        Assert.StartsWith(run.Text[..^1], title);
        Assert.True(title[run.Text.Length - 1] is ' ' or ',', "cut inside a word");
    }
}
