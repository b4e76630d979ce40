using System.Xml.Linq;
using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>Issue 5: the ebook tied to the booklet through page-break markers, a page list and the pagination source.</summary>
public sealed class PageListTests
{
    private static readonly XNamespace X = EpubBook.Xhtml;

    [Fact]
    public void Each_marker_sits_where_its_print_page_begins()
    {
        using var folder = new TempFolder();
        var fixture = new PagedFixture(folder);
        var book = fixture.Write();
        var markers = book.ContentDocuments.SelectMany(path => Markers(book.Xml(path))).ToDictionary(m => (string)m.Attribute("aria-label")!);

        Assert.Equal(fixture.Expected.Count, markers.Count);
        foreach (var (page, place, target) in fixture.Expected)
        {
            var marker = markers[page.Label];
            Assert.Equal("page-" + page.Label, (string?)marker.Attribute("id"));
            Assert.Equal("doc-pagebreak", (string?)marker.Attribute("role"));
            Assert.Empty(marker.Nodes());
            switch (place)
            {
                case PagedFixture.Place.Word:
                    Assert.StartsWith(target!, TextAfter(marker), StringComparison.Ordinal);
                    break;
                case PagedFixture.Place.FirstChild:
                    Assert.Same(marker, marker.Parent!.FirstNode);
                    Assert.True(IdOrClass(marker.Parent, target!), $"page {page.Label} is in <{marker.Parent.Name.LocalName}>, not in {target}");
                    break;
                case PagedFixture.Place.JustBefore:
                    var next = Assert.IsType<XElement>(marker.NextNode);
                    Assert.True(IdOrClass(next, target!), $"page {page.Label} is before <{next.Name.LocalName}>, not before {target}");
                    break;
            }
        }
    }

    [Fact]
    public void Markers_inside_paragraphs_leave_their_text_whole()
    {
        using var folder = new TempFolder();
        var fixture = new PagedFixture(folder);
        var plain = EpubBook.Write(fixture.Publication).Xml("EPUB/text/the-talk.xhtml");
        var paged = fixture.Write().Xml("EPUB/text/the-talk.xhtml");
        var first = fixture.Publication.WriteUps[1].Body[0].Id;

        // The marker only adds an empty element: the words, their markup and the spaces are as before.
        Assert.Equal(Text(plain, first), Text(paged, first));
        Assert.Equal(Words(plain), Words(paged));

        static string Text(XDocument document, string id) => document.Descendants().Single(e => (string?)e.Attribute("id") == id).Value;
        static string Words(XDocument document) => document.Root!.Value;
    }

    [Fact]
    public void The_page_list_links_every_page_in_order_to_its_marker()
    {
        using var folder = new TempFolder();
        var fixture = new PagedFixture(folder);
        var book = fixture.Write();
        var nav = book.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(EpubBook.Ops + "type") == "page-list");
        var links = nav.Descendants(X + "a").ToList();

        Assert.NotNull(nav.Attribute("hidden"));
        Assert.Equal(fixture.Expected.Select(e => e.Page.Label), links.Select(a => a.Value));
        foreach (var link in links)
        {
            var (path, fragment) = EpubBook.Resolve("EPUB/nav.xhtml", link.Attribute("href")!.Value);
            var marker = book.Xml(path).Descendants().Single(e => (string?)e.Attribute("id") == fragment);
            Assert.Equal("pagebreak", (string?)marker.Attribute(EpubBook.Ops + "type"));
            Assert.Equal(link.Value, (string?)marker.Attribute("aria-label"));
        }
    }

    [Fact]
    public void The_ncx_page_list_matches_and_play_order_follows_reading_order()
    {
        using var folder = new TempFolder();
        var fixture = new PagedFixture(folder);
        var book = fixture.Write();
        var ncx = book.Xml("EPUB/toc.ncx");
        XNamespace n = EpubBook.Ncx;
        var targets = ncx.Descendants(n + "pageTarget").ToList();
        string Src(XElement e) => e.Element(n + "content")!.Attribute("src")!.Value;
        int Order(XElement e) => int.Parse(e.Attribute("playOrder")!.Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(fixture.Expected.Select(e => e.Page.Label), targets.Select(t => t.Element(n + "navLabel")!.Value.Trim()));
        Assert.Equal(book.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(e => (string?)e.Attribute(EpubBook.Ops + "type") == "page-list").Descendants(X + "a").Select(a => a.Attribute("href")!.Value), targets.Select(Src));
        Assert.Equal("normal", (string?)targets[0].Attribute("type"));
        Assert.Equal("1", (string?)targets[0].Attribute("value"));
        Assert.Equal("front", (string?)targets.Single(t => t.Element(n + "navLabel")!.Value.Trim() == "11a").Attribute("type"));
        Assert.Equal(fixture.Expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ncx.Descendants(n + "meta").Single(m => (string?)m.Attribute("name") == "dtb:totalPageCount").Attribute("content")!.Value);

        // One play order per target and one target per play order, over nav points and pages together.
        var all = ncx.Descendants(n + "navPoint").Concat(targets).Select(e => (Src: Src(e), Order: Order(e))).ToList();
        Assert.Equal(all.Select(t => t.Src).Distinct().Count(), all.Select(t => t.Order).Distinct().Count());
        Assert.All(all.GroupBy(t => t.Src), g => Assert.Single(g.Select(t => t.Order).Distinct()));
        Assert.Equal(Enumerable.Range(1, all.Select(t => t.Order).Distinct().Count()), all.Select(t => t.Order).Distinct().Order());

        // Pages in reading order have play orders in the same order, between the nav points around them.
        var orders = targets.Select(Order).ToList();
        Assert.Equal(orders.Order(), orders);
        var talk = ncx.Descendants(n + "navPoint").Single(p => Src(p) == "text/the-talk.xhtml");
        var lists = ncx.Descendants(n + "navPoint").Single(p => Src(p) == "text/the-talk.xhtml#the-talk-lists-and-quotes");
        Assert.True(Order(talk) < orders[1] && orders[10] < Order(lists) && Order(lists) < orders[13]);
    }

    [Fact]
    public void The_package_names_the_pagination_source_and_claims_page_features_only_with_pages()
    {
        using var folder = new TempFolder();
        var fixture = new PagedFixture(folder);
        var paged = fixture.Write();
        var plain = EpubBook.Write(fixture.Publication);

        var source = paged.Package.Descendants(EpubBook.Dc + "source").Single();
        Assert.Equal(PagedFixture.Source, source.Value);
        var refine = paged.Package.Descendants(EpubBook.Opf + "meta").Single(m => (string?)m.Attribute("refines") == "#" + (string?)source.Attribute("id"));
        Assert.Equal(("source-of", "pagination"), ((string?)refine.Attribute("property"), refine.Value));
        Assert.Subset(paged.MetaValues("schema:accessibilityFeature").ToHashSet(), new HashSet<string> { "pageBreakMarkers", "pageNavigation" });
        Assert.Contains(PagedFixture.Source, paged.MetaValues("schema:accessibilitySummary").Single(), StringComparison.Ordinal);

        Assert.Empty(plain.Dcs("source"));
        Assert.DoesNotContain("pageBreakMarkers", plain.MetaValues("schema:accessibilityFeature"));
        Assert.DoesNotContain("pageNavigation", plain.MetaValues("schema:accessibilityFeature"));
        Assert.DoesNotContain(plain.Xml("EPUB/nav.xhtml").Descendants(X + "nav"), e => (string?)e.Attribute(EpubBook.Ops + "type") == "page-list");
        Assert.Empty(plain.Xml("EPUB/toc.ncx").Descendants(EpubBook.Ncx + "pageList"));
        Assert.All(plain.ContentDocuments, path => Assert.Empty(Markers(plain.Xml(path))));
    }

    [Fact]
    public void A_page_whose_node_the_book_lacks_is_left_out_and_ids_stay_unique()
    {
        using var folder = new TempFolder();
        var fixture = new PagedFixture(folder);

        // "the-talk" begins twice (a second print run of the same label) and one page names no node at all.
        var pages = new PrintPagination("x", [new PrintPage("1", "the-talk", -1), new PrintPage("2", "no-such-node", 0), new PrintPage("1", "afterword", -1)]);
        var book = new EpubBook(EpubBook.WriteBytes(fixture.Publication, print: pages));
        var links = book.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(EpubBook.Ops + "type") == "page-list").Descendants(X + "a");

        Assert.Equal(["text/the-talk.xhtml#page-1", "text/afterword.xhtml#page-1-2"], links.Select(a => a.Attribute("href")!.Value));
    }

    [Fact]
    public void A_page_that_begins_with_a_notes_continuation_is_listed_where_the_note_is()
    {
        using var folder = new TempFolder();
        var fixture = new PagedFixture(folder);
        var note = fixture.Publication.WriteUps[1].Footnotes[0].Id;
        var pages = new PrintPagination("x", [new PrintPage("1", "the-talk", -1), new PrintPage("2", note, 2), new PrintPage("3", "the-talk-lists-and-quotes", -1), new PrintPage("4", "afterword", -1)]);
        var book = new EpubBook(EpubBook.WriteBytes(fixture.Publication, print: pages));
        var links = book.Xml("EPUB/nav.xhtml").Descendants(X + "nav").Single(n => (string?)n.Attribute(EpubBook.Ops + "type") == "page-list").Descendants(X + "a");

        Assert.Equal(["1", "3", "2", "4"], links.Select(a => a.Value));
    }

    [Fact]
    public void A_page_without_a_label_is_refused()
    {
        using var folder = new TempFolder();
        var publication = Fixtures.EveryKind(folder);

        Assert.Throws<ArgumentException>(() => EpubBook.WriteBytes(publication, print: new PrintPagination("x", [new PrintPage(" ", "the-talk", -1)])));
    }

    [Trait(Tier.Key, Tier.Full)]
    [Fact]
    public void The_paged_book_is_the_same_bytes_every_time_and_passes_epubcheck()
    {
        using var folder = new TempFolder();
        var fixture = new PagedFixture(folder);
        var bytes = EpubBook.WriteBytes(fixture.Publication, print: fixture.Pagination);

        Assert.Equal(bytes, EpubBook.WriteBytes(fixture.Publication, print: fixture.Pagination));
        EpubCheckAssert.Clean(folder.Write("paged.epub", bytes));
    }

    private static IEnumerable<XElement> Markers(XDocument document) =>
        document.Descendants(X + "span").Where(s => (string?)s.Attribute(EpubBook.Ops + "type") == "pagebreak");

    private static bool IdOrClass(XElement element, string name) =>
        (string?)element.Attribute("id") == name || ((string?)element.Attribute("class"))?.Split(' ').Contains(name) == true;

    /// <summary>The document's text from the marker on (about a line's worth).</summary>
    private static string TextAfter(XElement marker)
    {
        var nodes = marker.Document!.DescendantNodes().ToList();
        var texts = nodes.Skip(nodes.IndexOf(marker) + 1).OfType<XText>().Select(t => t.Value);
        var text = string.Concat(texts);
        return text[..Math.Min(80, text.Length)];
    }
}
