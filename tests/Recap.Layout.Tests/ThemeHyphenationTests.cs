using Recap.Layout.Styles;
using Recap.Testing;

namespace Recap.Layout.Tests;

public sealed class ThemeHyphenationTests
{
    [Fact]
    public void The_book_languages_patterns_load_with_the_faces_once_it_is_known()
    {
        var language = new TaskCompletionSource<string>();
        using var theme = Theme.Load(RepoPaths.DefaultTheme, systemFonts: false, language: language.Task);
        Assert.False(theme.Hyphenation.IsLoaded("de-DE"));

        language.SetResult("de-DE");

        // Nothing asks for them: they load on their own, and only the book's language does.
        Assert.True(SpinWait.SpinUntil(() => theme.Hyphenation.IsLoaded("de-DE"), TimeSpan.FromSeconds(30)));
        Assert.False(theme.Hyphenation.IsLoaded("en-US"));
        Assert.Same(theme.Hyphenation.For("de-DE"), theme.Hyphenation.For("de"));
    }

    [Fact]
    public void Without_the_books_language_patterns_load_when_first_asked_for()
    {
        using var theme = Theme.Load(RepoPaths.DefaultTheme, systemFonts: false);
        Assert.False(theme.Hyphenation.IsLoaded("en-US"));
        Assert.NotNull(theme.Hyphenation.For("en-US"));
        Assert.True(theme.Hyphenation.IsLoaded("en-US"));
    }
}
