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
}
