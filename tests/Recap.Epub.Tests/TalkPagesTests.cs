using System.Xml.Linq;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>The example conference's ebook: every talk link a link, the programme and the speakers section with backlinks, in the nav.</summary>
public sealed class TalkPagesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Publication _publication;
    private readonly EpubBook _book;

    public TalkPagesTests()
    {
        var diagnostics = new DiagnosticBag();
        _publication = ContentReader.Read(Path.Combine(RepoPaths.Root, "docs", "example"), diagnostics)!;
        Assert.Empty(diagnostics.Sorted());
        _book = EpubBook.Write(_publication);
    }

    private IEnumerable<WriteUp> Talks => _publication.WriteUps.Where(w => w.Meta.Kind == WriteUpKind.Talk);

    [Fact]
    public void Every_talk_links_each_of_its_urls_under_its_title()
    {
        foreach (var talk in Talks)
        {
            var hrefs = Hrefs(_book.Xml($"EPUB/text/{talk.Slug}.xhtml").Descendants(EpubBook.Xhtml + "ul").Single(u => (string?)u.Attribute("class") == "talk-links"));
            Assert.Equal(talk.Meta.Links.Select(l => l.Url), hrefs);
        }

        Assert.Equal(7, Talks.Sum(t => t.Meta.Links.Count));
    }

    [Fact]
    public void The_programme_lists_the_talks_in_time_order_with_time_and_room()
    {
        var rows = _book.Xml("EPUB/text/programme--list.xhtml").Descendants(EpubBook.Xhtml + "tbody").Single().Elements(EpubBook.Xhtml + "tr")
            .Select(r => r.Elements(EpubBook.Xhtml + "td").Select(td => td.Value).ToArray()).ToList();
        Assert.Equal(
            [
                ["09:30", "Main hall · Foundations", "Notes on the Engine", "Ada Lovelace"],
                ["10:15", "Room B · Tools", "Compilers for Everyone", "Grace Hopper and Ada Lovelace"],
                ["11:00", "Main hall", "The First Bug", "Grace Hopper"],
                ["14:00", "Room B", "Naturalism in Prose", "Émile Zola"],
            ],
            rows);
    }

    [Fact]
    public void The_speakers_section_links_back_to_every_talk_of_each_speaker()
    {
        var speakers = _book.Xml("EPUB/text/speakers--list.xhtml").Descendants(EpubBook.Xhtml + "section").Where(s => (string?)s.Attribute("class") == "speaker").ToList();
        Assert.Equal(["Grace Hopper", "Ada Lovelace", "Émile Zola"], speakers.Select(s => s.Element(EpubBook.Xhtml + "h2")!.Descendants().First().Value));
        var ada = speakers[1];
        Assert.Equal(new[] { "01-notes-on-the-engine", "03-compilers-for-everyone" }.Select(f => Talks.Single(t => t.SourceFile == f + ".md").Slug + ".xhtml"), Hrefs(ada.Descendants(EpubBook.Xhtml + "ul").Single()));
        Assert.Single(ada.Descendants(EpubBook.Xhtml + "img"), i => i.Attribute("alt")!.Value == "Photo of Ada Lovelace");
        Assert.Contains(Hrefs(ada), h => h == "https://example.org/engine");
    }

    [Fact]
    public void The_nav_lists_the_programme_and_the_speakers_as_landmarks_and_in_the_contents()
    {
        var nav = _book.Xml("EPUB/nav.xhtml");
        var landmarks = nav.Descendants(EpubBook.Xhtml + "nav").Single(n => (string?)n.Attribute("id") == "landmarks");
        var types = landmarks.Descendants(EpubBook.Xhtml + "a").ToDictionary(a => a.Attribute(EpubBook.Ops + "type")!.Value, a => a.Attribute("href")!.Value);
        Assert.Equal("text/programme--list.xhtml", types["frontmatter"]);
        Assert.Equal("text/speakers--list.xhtml", types["contributors"]);
        var toc = Hrefs(nav.Descendants(EpubBook.Xhtml + "nav").Single(n => (string?)n.Attribute("id") == "toc")).ToList();
        Assert.Equal("text/programme--list.xhtml", toc[0]);
        Assert.Equal("text/speakers--list.xhtml", toc[^1]);
        Assert.Equal(["cover", "title-page", "copyright", "nav", "programme"], _book.SpineIds.Take(5));
        Assert.Equal("speakers", _book.SpineIds.Last());
    }

    [Fact]
    [Trait(Tier.Key, Tier.Full)]
    public void The_example_ebook_passes_epubcheck_and_ace()
    {
        var path = _folder.Write("example.epub", _book.Bytes);
        EpubCheckAssert.Clean(path);
        AceAssert.Clean(path);
    }

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<string> Hrefs(XElement element) =>
        element.Descendants(EpubBook.Xhtml + "a").Select(a => a.Attribute("href")!.Value);
}
