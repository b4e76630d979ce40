using System.Text.RegularExpressions;
using System.Xml.Linq;
using Recap.Model;
using Recap.Testing;
using static Recap.Epub.Tests.ModelBuilder;

namespace Recap.Epub.Tests;

public sealed partial class ContentTests
{
    private static readonly XNamespace X = EpubBook.Xhtml;

    [Theory]
    [InlineData("every-kind")]
    [InlineData("gopherfest")]
    public void Every_word_of_every_write_up_is_in_its_document(string name)
    {
        using var folder = new TempFolder();
        var publication = Fixtures.ByName(name, folder);
        var book = EpubBook.Write(publication);
        foreach (var writeUp in publication.WriteUps)
        {
            // Text node by text node: block elements separate words even where no whitespace sits between them.
            var body = book.Xml($"EPUB/text/{writeUp.Slug}.xhtml").Root!.Element(X + "body")!;
            var text = string.Join(" ", body.DescendantNodes().OfType<XText>().Select(t => t.Value));
            var present = Words(text).ToHashSet();
            var expected = Words(ModelText.Of(writeUp)).ToList();

            Assert.NotEmpty(expected);
            Assert.All(expected, word => Assert.Contains(word, present));
        }
    }

    [Fact]
    public void Hostile_text_comes_out_as_text_and_no_script_or_unsafe_link_survives()
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.EveryKind(folder));
        var talk = book.Xml("EPUB/text/the-talk.xhtml");
        var raw = System.Text.Encoding.UTF8.GetString(book.Entry("EPUB/text/the-talk.xhtml"));

        Assert.Contains(Fixtures.Script, talk.Root!.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", raw, StringComparison.Ordinal);
        foreach (var path in book.ContentDocuments)
        {
            var document = book.Xml(path);
            Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "iframe" or "object" or "embed");
            Assert.DoesNotContain(document.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain(document.Descendants().Attributes("href"), a => !a.Value.StartsWith("http", StringComparison.Ordinal) && a.Value.Contains(':', StringComparison.Ordinal));
        }

        Assert.Contains("a script link", talk.Root.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_dropped_instead_of_failing()
    {
        var builder = new PublicationBuilder("Control \u0001 Characters");
        var talk = builder.WriteUp("Bell");
        talk.Add(talk.P(T("ding\u0007dong \uD800 end")));
        var book = EpubBook.Write(builder.Build());

        Assert.Contains("dingdong  end", book.Xml("EPUB/text/bell.xhtml").Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Note_references_link_to_notes_that_link_back()
    {
        using var folder = new TempFolder();
        var talk = EpubBook.Write(Fixtures.EveryKind(folder)).Xml("EPUB/text/the-talk.xhtml");
        var references = talk.Descendants(X + "a").Where(a => (string?)a.Attribute(EpubBook.Ops + "type") == "noteref").ToList();
        var notes = talk.Descendants(X + "aside").ToDictionary(a => a.Attribute("id")!.Value);

        Assert.Equal(3, references.Count);
        Assert.All(references, reference =>
        {
            Assert.Equal("doc-noteref", (string?)reference.Attribute("role"));
            var note = notes[reference.Attribute("href")!.Value.TrimStart('#')];
            Assert.Equal(("footnote", "doc-footnote"), ((string?)note.Attribute(EpubBook.Ops + "type"), (string?)note.Attribute("role")));
        });
        Assert.Equal(["1", "1", "2"], references.Select(r => r.Value));
        Assert.Equal(references.Count, references.Select(r => r.Attribute("id")!.Value).Distinct().Count());
        var ids = talk.Descendants().Select(e => (string?)e.Attribute("id")).ToHashSet();
        Assert.All(notes.Values, note =>
        {
            var back = note.Descendants(X + "a").Single(a => (string?)a.Attribute("role") == "doc-backlink");
            Assert.Contains(back.Attribute("href")!.Value.TrimStart('#'), ids);
        });
    }

    [Fact]
    public void Figures_show_each_picture_with_its_alt_text_and_caption()
    {
        using var folder = new TempFolder();
        var talk = EpubBook.Write(Fixtures.EveryKind(folder)).Xml("EPUB/text/the-talk.xhtml");
        var figures = talk.Descendants(X + "figure").ToList();

        Assert.Equal(3, figures.Count);
        Assert.Equal(
            [("../images/image-1.png", "A blue gopher-coloured rectangle"), ("../images/image-2.jpg", "An orange stage photo"), ("../images/image-1.png", "The same picture again")],
            figures.Select(f => f.Element(X + "img")!).Select(i => (i.Attribute("src")!.Value, i.Attribute("alt")!.Value)));
        Assert.Equal("The gopher figure.", figures[0].Element(X + "figcaption")!.Value);
        Assert.Null(figures[1].Element(X + "figcaption"));
    }

    [Fact]
    public void A_question_and_its_answer_are_one_exchange_with_spoken_labels()
    {
        var talk = EpubBook.Write(Fixtures.GopherFest()).Xml("EPUB/text/built-for-snappiness.xhtml");
        var exchange = talk.Descendants(X + "div").Single(d => (string?)d.Attribute("class") == "qa");
        var parts = exchange.Elements(X + "p").ToList();

        Assert.Equal(["question", "answer"], parts.Select(p => (string?)p.Attribute("class")));
        var labels = parts.Select(p => p.Elements(X + "span").Single(s => (string?)s.Attribute("class") == "qa-label")).ToList();
        Assert.Equal(["Q:", "A:"], labels.Select(l => l.Value));
        Assert.Equal(["Question", "Answer"], labels.Select(l => (string?)l.Element(X + "abbr")!.Attribute("title")));
        Assert.Equal(["Q: Have", "A: This"], parts.Select(p => string.Join(' ', p.Value.Split(' ').Take(2))));
        Assert.EndsWith("Have you had a problem by missing a broadcast?", parts[0].Value, StringComparison.Ordinal);
        Assert.EndsWith("This is a problem that is bound to happen eventually.", parts[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_hebrew_or_arabic_runs_right_to_left_and_one_naming_it_does_not()
    {
        var book = new PublicationBuilder("Directions");
        var only = book.WriteUp("Only Words", WriteUpKind.Foreword);
        only.Add(only.P(T("שלום עולם, said the Go gopher.")));
        only.Add(only.P(T("The gopher said שלום עולם.")));
        only.Add(only.H(2, "مرحبا Go"));
        var xhtml = EpubBook.Write(book.Build()).Xml("EPUB/text/only-words.xhtml");

        Assert.Equal(["rtl", null], xhtml.Descendants(X + "p").Select(p => (string?)p.Attribute("dir")));
        Assert.Equal("rtl", (string?)xhtml.Descendants(X + "h2").Single().Attribute("dir"));
    }

    [Fact]
    public void Blocks_keep_their_structure_ids_and_attributes()
    {
        using var folder = new TempFolder();
        var talk = EpubBook.Write(Fixtures.EveryKind(folder)).Xml("EPUB/text/the-talk.xhtml");
        XElement One(string name) => talk.Descendants(X + name).First();

        Assert.Equal("3", (string?)talk.Descendants(X + "ol").Single(o => o.Attribute("start") is not null).Attribute("start"));
        Assert.Equal("language-go", (string?)One("pre").Element(X + "code")!.Attribute("class"));
        Assert.Equal("func main() {\n\tfmt.Println(\"<hello> & goodbye\")\n}", One("pre").Value);
        Assert.Equal(["func main() {", "\tfmt.Println(\"<hello> & goodbye\")", "}"], One("pre").Descendants(X + "span").Select(s => s.Value));
        Assert.Single(talk.Descendants(X + "br"));
        Assert.Equal("https://twitter.com/bmizerany", (string?)talk.Descendants(X + "p").Single(p => (string?)p.Attribute("id") == "the-talk-b4").Descendants(X + "a").Single(a => (string?)a.Attribute("class") == "handle").Attribute("href"));
        Assert.Equal(["the-talk-lists-and-quotes", "the-talk-tables-and-figures"], talk.Descendants(X + "h2").Select(h => h.Attribute("id")!.Value));
        Assert.Equal(["the-talk-deeper", "the-talk-deepest"], talk.Descendants().Where(e => e.Name == X + "h3" || e.Name == X + "h4").Select(h => h.Attribute("id")!.Value));
        var table = One("table");
        Assert.Equal(["align-left", "align-center", "align-right", null], table.Element(X + "thead")!.Descendants(X + "th").Select(th => (string?)th.Attribute("class")));
        Assert.All(table.Descendants(X + "th"), th => Assert.Equal("col", (string?)th.Attribute("scope")));
        Assert.Equal(2, table.Element(X + "tbody")!.Elements(X + "tr").Count());
        Assert.Single(talk.Descendants(X + "blockquote"));
        Assert.Single(talk.Descendants(X + "hr"));
        Assert.Equal("chapter", (string?)talk.Descendants(X + "section").First().Attribute(EpubBook.Ops + "type"));
    }

    [Fact]
    public void The_opening_shows_title_byline_with_linked_handles_and_summary()
    {
        using var folder = new TempFolder();
        var header = EpubBook.Write(Fixtures.EveryKind(folder)).Xml("EPUB/text/the-talk.xhtml").Descendants(X + "header").Single();

        Assert.Equal("The Talk", header.Element(X + "h1")!.Value);
        var speakers = header.Element(X + "ul")!.Elements(X + "li").ToList();
        // The booklet's order: name, handle, then affiliation.
        Assert.Equal(["Grace Speaker @grace, Example Inc.", "Linus Second"], speakers.Select(s => s.Value));
        Assert.Equal("https://twitter.com/grace", (string?)speakers[0].Descendants(X + "a").Single(a => (string?)a.Attribute("class") == "handle").Attribute("href"));
        Assert.Equal("Everything, once.", header.Elements(X + "p").Single(p => (string?)p.Attribute("class") == "summary").Value);
    }

    [Fact]
    public void Every_document_is_xhtml_in_the_book_language()
    {
        var builder = new PublicationBuilder("Un livre") { Language = "fr" };
        var talk = builder.WriteUp("Bonjour");
        talk.Add(talk.P(T("Salut.")));
        var book = EpubBook.Write(builder.Build());

        Assert.Equal(5, book.ContentDocuments.Count());
        Assert.All(book.ContentDocuments, path =>
        {
            var root = book.Xml(path).Root!;
            Assert.Equal(X + "html", root.Name);
            Assert.Equal("fr", (string?)root.Attribute("lang"));
            Assert.Equal("fr", (string?)root.Attribute(XNamespace.Xml + "lang"));
        });
        Assert.Equal("fr", (string?)book.Package.Root!.Attribute(XNamespace.Xml + "lang"));
    }

    [Fact]
    public void Title_page_and_its_reverse_carry_the_book_facts()
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.EveryKind(folder));
        var title = book.Xml("EPUB/title.xhtml").Root!.Value;
        var reverse = book.Xml("EPUB/copyright.xhtml").Root!.Value;

        Assert.Contains("A test of all the nodes", title, StringComparison.Ordinal);
        Assert.Contains("TestFest, A Hall, Springfield", title, StringComparison.Ordinal);
        Assert.Contains("Bo Editor", title, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", reverse, StringComparison.Ordinal);
        Assert.Contains("urn:uuid:9c1a3f9e-5a8e-5b8f-9d3c-2f6f0b1c7e42", reverse, StringComparison.Ordinal);
        Assert.Contains("Recap Tests, 2016-06-02", reverse, StringComparison.Ordinal);
        Assert.Contains("Set in Go and Go Mono.", reverse, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
