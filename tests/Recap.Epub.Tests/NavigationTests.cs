using System.Xml.Linq;
using Recap.Model;
using Recap.Testing;

namespace Recap.Epub.Tests;

public sealed class NavigationTests
{
    [Fact]
    public void Contents_list_the_write_ups_with_their_sections_nested()
    {
        var publication = Fixtures.GopherFest();
        var book = EpubBook.Write(publication);
        var nav = book.Xml("EPUB/nav.xhtml");
        var toc = nav.Descendants(EpubBook.Xhtml + "nav").Single(n => (string?)n.Attribute(EpubBook.Ops + "type") == "toc");
        var entries = toc.Element(EpubBook.Xhtml + "ol")!.Elements(EpubBook.Xhtml + "li").ToList();

        Assert.Single(nav.Descendants(EpubBook.Xhtml + "nav"), n => (string?)n.Attribute(EpubBook.Ops + "type") == "toc");
        Assert.Equal([.. publication.WriteUps.Select(w => w.Meta.Title), "Speakers"], entries.Select(e => e.Element(EpubBook.Xhtml + "a")!.Value));
        var sections = entries.Select(e => e.Descendants(EpubBook.Xhtml + "ol").SelectMany(o => o.Elements(EpubBook.Xhtml + "li")).Select(li => li.Element(EpubBook.Xhtml + "a")!.Value).ToList()).ToList();
        Assert.Equal([[], ["Snappy == happy users"], ["Small interfaces", "Testing with fakes"], [], []], sections);
    }

    [Fact]
    public void Landmarks_point_at_cover_title_page_contents_the_first_write_up_and_the_speakers()
    {
        var book = EpubBook.Write(Fixtures.GopherFest());
        var landmarks = book.Xml("EPUB/nav.xhtml").Descendants(EpubBook.Xhtml + "nav").Single(n => (string?)n.Attribute(EpubBook.Ops + "type") == "landmarks");
        var links = landmarks.Descendants(EpubBook.Xhtml + "a").Select(a => ((string?)a.Attribute(EpubBook.Ops + "type"), (string?)a.Attribute("href")));

        Assert.Equal([("cover", "cover.xhtml"), ("titlepage", "title.xhtml"), ("toc", "nav.xhtml#toc"), ("bodymatter", "text/introduction.xhtml"), ("contributors", "text/speakers--list.xhtml")], links);
    }

    [Fact]
    public void The_ncx_names_the_book_and_lists_the_same_entries()
    {
        var book = EpubBook.Write(Fixtures.GopherFest());
        var ncx = book.Xml("EPUB/toc.ncx");
        var uid = ncx.Descendants(EpubBook.Ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:uid");
        var labels = ncx.Descendants(EpubBook.Ncx + "navPoint").Select(p => p.Element(EpubBook.Ncx + "navLabel")!.Element(EpubBook.Ncx + "text")!.Value).ToList();
        var orders = ncx.Descendants(EpubBook.Ncx + "navPoint").Select(p => int.Parse(p.Attribute("playOrder")!.Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(book.Dcs("identifier").Single(), uid.Attribute("content")!.Value);
        Assert.Equal(["Title page", "Introduction", "Built for Snappiness", "Snappy == happy users", "Cleaning Up Your Go Code with Interfaces", "Small interfaces", "Testing with fakes", "A Gopher\u2019s Guide to Data", "Speakers"], labels);
        Assert.Equal(Enumerable.Range(1, labels.Count), orders);
    }

    [Theory]
    [InlineData("every-kind")]
    [InlineData("gopherfest")]
    public void Every_href_in_every_document_resolves_to_an_existing_file_and_id(string name)
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.ByName(name, folder));
        var checkedLinks = 0;
        foreach (var path in book.ContentDocuments.Append("EPUB/toc.ncx"))
        {
            var document = book.Xml(path);
            var hrefs = document.Descendants().SelectMany(e => new[] { e.Attribute("href"), e.Attribute("src") }).OfType<XAttribute>().Select(a => a.Value);
            foreach (var href in hrefs.Where(h => !h.Contains("://", StringComparison.Ordinal)))
            {
                var (target, fragment) = EpubBook.Resolve(path, href);
                Assert.True(book.Has(target), $"{path}: {href} names no file");
                Assert.True(fragment is null || book.HasId(target, fragment), $"{path}: {href} names no id");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 20);
    }

    [Fact]
    public void Internal_links_go_to_the_file_that_holds_the_target()
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.EveryKind(folder));
        string[] Links(string file) => [.. book.Xml("EPUB/text/" + file).Descendants(EpubBook.Xhtml + "a").Select(a => a.Attribute("href")!.Value)];

        Assert.Contains("the-talk.xhtml", Links("before-we-begin.xhtml"));
        Assert.Contains("the-talk.xhtml#the-talk-tables-and-figures", Links("before-we-begin.xhtml"));
        Assert.Contains("#the-talk-b4", Links("the-talk.xhtml"));
        Assert.Contains("#the-talk-fn-1", Links("the-talk.xhtml"));
        Assert.Contains("before-we-begin.xhtml", Links("afterword.xhtml"));
    }
}
