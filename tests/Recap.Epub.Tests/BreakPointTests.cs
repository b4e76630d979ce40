using System.Xml.Linq;
using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>Long identifiers and URLs carry &lt;wbr&gt; at their seams; short words and prose get none.</summary>
public sealed class BreakPointTests
{
    private static readonly XNamespace X = EpubBook.Xhtml;

    [Fact]
    public void A_long_identifier_breaks_after_dots_and_slashes_and_before_camel_humps()
    {
        var code = ReflowTalk().Descendants(X + "code").First(c => c.Value.StartsWith("internal/", StringComparison.Ordinal));

        Assert.Equal(
            ["internal/", "protocol/", "v2.", "New", "Request", "Dispatcher", "With", "Retry", "Budget", "And", "Circuit", "Breaker", "For", "Upstream", "Clusters"],
            code.Nodes().OfType<XText>().Select(t => t.Value));
        Assert.Equal(14, code.Elements(X + "wbr").Count());
    }

    [Fact]
    public void Snake_case_and_double_colons_break_after_the_separator()
    {
        var codes = ReflowTalk().Descendants(X + "code").Select(c => c.Nodes().OfType<XText>().Select(t => t.Value).ToList()).ToList();

        Assert.Contains(codes, c => c.Take(3).SequenceEqual(["max_", "concurrent_", "streams_"]));
        Assert.Contains(codes, c => c.Take(3).SequenceEqual(["pkg::", "module::", "submodule::"]));
    }

    [Fact]
    public void Link_text_that_is_a_url_breaks_at_its_slashes_and_the_words_stay_whole()
    {
        var talk = ReflowTalk();
        var link = talk.Descendants(X + "a").First(a => a.Value.StartsWith("https://example.org/golang", StringComparison.Ordinal));

        Assert.Equal("https://example.org/golang/proposal/blob/master/design/12345-generic-type-parameters-and-contracts-for-go2.md?utm_source=recap&utm_medium=ebook#heading-with-a-long-anchor", link.Value);
        Assert.Contains(link.Nodes().OfType<XText>(), t => t.Value == "golang/");
        Assert.True(link.Elements(X + "wbr").Count() > 10);
    }

    [Fact]
    public void Short_code_and_prose_get_no_break_points()
    {
        using var folder = new TempFolder();
        var talk = EpubBook.Write(Fixtures.EveryKind(folder)).Xml("EPUB/text/the-talk.xhtml");

        Assert.Empty(talk.Descendants(X + "wbr"));
    }

    private static XDocument ReflowTalk()
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.Reflow(folder));
        return book.Xml(book.ContentDocuments.Single(d => d.Contains("identifiers", StringComparison.Ordinal)));
    }
}
