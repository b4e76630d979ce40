using Recap.Layout.Hyphenation;

namespace Recap.Layout.Tests;

public sealed class HyphenationPatternsTests
{
    private readonly HyphenationPatterns _patterns = new(TestParagraphs.PatternsFolder);

    [Theory]
    [InlineData("en-US")]
    [InlineData("en")]
    [InlineData("en_us")]
    [InlineData("EN-us")]
    [InlineData("en-Latn-US")]
    [InlineData("en-GB")] // no British file: the only English patterns serve
    public void Finds_the_english_patterns(string tag)
    {
        var hyphenator = _patterns.For(tag);
        Assert.NotNull(hyphenator);
        Assert.Same(_patterns.For("en-US"), hyphenator);
        Assert.Equal([2, 6], hyphenator.Points("hyphenation"));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr-FR")]
    [InlineData("")]
    [InlineData("not a tag")]
    public void Returns_null_for_a_language_without_patterns(string tag)
    {
        Assert.Null(_patterns.For(tag));
    }

    [Fact]
    public void Lists_its_languages_and_tolerates_a_missing_folder()
    {
        Assert.Equal(["en-US"], _patterns.Languages);
        Assert.Null(new HyphenationPatterns(Path.Combine(TestParagraphs.FixturesFolder, "missing")).For("en"));
    }
}
