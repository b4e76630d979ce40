using Recap.Model;

namespace Recap.Model.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Built for Snappiness", "built-for-snappiness")]
    [InlineData("A Gopher\u2019s Guide to Data", "a-gophers-guide-to-data")]
    [InlineData("GopherFest Summer 2016 Recap", "gopherfest-summer-2016-recap")]
    [InlineData("Caf\u00e9 -- na\u00efve?!", "cafe-naive")]
    [InlineData("  Snappy == happy users  ", "snappy-happy-users")]
    [InlineData("\u0141\u00f3d\u017a Stra\u00dfe", "lodz-strasse")]
    [InlineData("\u2014", "untitled")]
    public void Titles_become_lower_case_ascii_slugs(string title, string slug) =>
        Assert.Equal(slug, Slug.From(title));

    [Theory]
    [InlineData("\u4e26\u884c\u51e6\u7406\u5165\u9580", "\u4e26\u884c\u51e6\u7406\u5165\u9580")] // 並行処理入門
    [InlineData("Go \u306e\u4e26\u884c\u51e6\u7406\u3002", "go-\u306e\u4e26\u884c\u51e6\u7406")] // Go の並行処理。
    [InlineData("\u0412\u0432\u0435\u0434\u0435\u043d\u0438\u0435 \u0432 Go", "\u0432\u0432\u0435\u0434\u0435\u043d\u0438\u0435-\u0432-go")] // Введение в Go
    [InlineData("\u0939\u093f\u0928\u094d\u0926\u0940 \u092e\u0947\u0902", "\u0939\u093f\u0928\u094d\u0926\u0940-\u092e\u0947\u0902")] // हिन्दी में: vowel signs kept
    [InlineData("\U00020BB7\u91ce\u5bb6 \U0001F680", "\U00020BB7\u91ce\u5bb6")] // 𠮷野家 🚀: a letter outside the BMP kept, an emoji not
    public void Titles_without_latin_letters_keep_their_own_letters(string title, string slug) =>
        Assert.Equal(slug, Slug.From(title));

    [Fact]
    public void Two_titles_in_another_script_get_two_slugs()
    {
        Assert.NotEqual(Slug.From("\u4e26\u884c\u51e6\u7406"), Slug.From("\u578b\u30b7\u30b9\u30c6\u30e0"));
        Assert.NotEqual("untitled", Slug.From("\u4e26\u884c\u51e6\u7406"));
    }

    [Fact]
    public void A_long_title_in_another_script_is_cut_to_the_byte_limit_at_a_whole_character()
    {
        var title = string.Concat(Enumerable.Repeat("\u4e26\u884c\u51e6\u7406 ", 40));
        var slug = Slug.From(title);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(slug), 1, Slug.MaxLength);
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(slug)));
        Assert.StartsWith("\u4e26\u884c\u51e6\u7406-", slug, StringComparison.Ordinal);
        Assert.Equal(slug, Slug.From(title));
        Assert.NotEqual(slug, Slug.From(title + "\u578b"));
    }
}
