using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;
using static Recap.Cli.Tests.EpubEntries;

namespace Recap.Cli.Tests;

/// <summary>The real publication, end to end: content/ through the command line into an EPUB.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed partial class GopherFestBuildTests(GopherFestBuild build) : IClassFixture<GopherFestBuild>
{
    private readonly string _epub = build.Epub;
    private readonly CliRun _run = build.Run;

    [Fact]
    public void The_content_builds_without_a_single_problem()
    {
        Assert.Equal(0, _run.ExitCode);
        Assert.Equal("", _run.Error);
    }

    [Fact]
    public void Epubcheck_has_nothing_to_say()
    {
        EpubCheckAssert.Clean(_epub);
    }

    [Fact]
    public void Every_word_of_every_write_up_is_in_the_ebook_in_order()
    {
        var publication = ContentReader.Read(RepoPaths.Content, new DiagnosticBag())!;
        var ebookText = Normalise(string.Join(" ", SpineDocuments().Select(d => d.Root!.Value)));

        var position = 0;
        foreach (var writeUp in publication.WriteUps)
        {
            foreach (var text in writeUp.Body.SelectMany(BlockTexts).Select(Normalise))
            {
                var found = ebookText.IndexOf(text, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"not found in order: {text}");
                position = found + text.Length;
            }
        }
    }

    [Fact]
    public void The_spine_holds_the_foreword_then_the_seven_talks_in_file_order()
    {
        var titles = SpineDocuments()
            .Select(d => d.Descendants(Xhtml + "h1").FirstOrDefault()?.Value)
            .Where(t => t is not null)
            .ToList();

        Assert.Equal(
            [
                "GopherFest", "Built for Snappiness", "Cleaning up your Go code with Interfaces",
                "Process Introspection in Production", "Graph Databases in Go",
                "Refactor your Go code with Confidence", "Teach Alexa New Skills with Go",
                "A Gopher\u2019s Guide to Data", "Speakers",
            ],
            titles.SkipWhile(t => t != "GopherFest"));
    }

    [Fact]
    public void Each_page_break_in_the_ebook_stands_before_the_words_that_open_that_page_of_the_booklet()
    {
        var pdf = Path.ChangeExtension(_epub, ".pdf");
        var markers = SpineDocuments()
            .SelectMany(d => d.Descendants(Xhtml + "span").Where(s => (string?)s.Attribute("role") == "doc-pagebreak"))
            .ToList();

        Assert.NotEmpty(markers);
        var labels = markers.Select(m => int.Parse((string)m.Attribute("aria-label")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(labels.Order(), labels);
        foreach (var (marker, page) in markers.Zip(labels))
        {
            var following = string.Join(" ", marker.NodesAfterSelf()
                .SelectMany(n => n is XElement e ? e.DescendantNodes().OfType<XText>() : n is XText t ? [t] : [])
                .Select(t => t.Value));
            var firstWords = Normalise(following).Split(' ').Take(3);
            var pageText = Normalise(ExternalTool.PdfToText(pdf, "-f", $"{page}", "-l", $"{page}"));
            Assert.Contains(string.Join(" ", firstWords), pageText);
        }
    }

    [Fact]
    public void The_booklet_outline_has_one_entry_a_write_up_in_order_with_its_sections_nested()
    {
        var publication = ContentReader.Read(RepoPaths.Content, new DiagnosticBag())!;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.ChangeExtension(_epub, ".pdf"));

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal([.. publication.WriteUps.Select(w => w.Meta.Title), "Speakers"], bookmarks.Roots.Select(b => b.Title));
        foreach (var (writeUp, entry) in publication.WriteUps.Zip(bookmarks.Roots))
        {
            var sections = writeUp.Body.OfType<Heading>().Where(h => h.Level == 2).Select(h => InlineText.Plain(h.Content));
            Assert.Equal(sections, entry.Children.Select(c => c.Title));
        }
    }

    [Fact]
    public void The_ebook_page_list_names_every_booklet_page_from_the_contents_to_the_speakers_in_order()
    {
        using var archive = ZipFile.OpenRead(_epub);
        var nav = XDocument.Load(archive.Entries.First(e => e.FullName.EndsWith("nav.xhtml", StringComparison.Ordinal)).Open());
        var pageList = nav.Descendants(Xhtml + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        var labels = pageList.Descendants(Xhtml + "a").Select(a => int.Parse(a.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // Pages 1 and 2 are the cover and colophon; the contents (page 3, marked in the nav), the talks,
        // then the speakers section run to the last page before the notes pages and the back cover.
        var pdfPath = Path.ChangeExtension(_epub, ".pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfPath);
        var pages = Enumerable.Range(3, pdf.NumberOfPages - 3)
            .TakeWhile(n => ExternalTool.PdfToText(pdfPath, "-f", $"{n}", "-l", $"{n}").TrimStart() is var text && text.Length > 0 && !text.StartsWith("Notes", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(pages, n => ExternalTool.PdfToText(pdfPath, "-f", $"{n}", "-l", $"{n}").TrimStart().StartsWith("Speakers", StringComparison.Ordinal));
        Assert.Equal(pages, labels);
        Assert.StartsWith("Contents", ExternalTool.PdfToText(pdfPath, "-f", "3", "-l", "3").TrimStart(), StringComparison.Ordinal);
        var contentsMarker = nav.Descendants(Xhtml + "span").Single(s => (string?)s.Attribute(Ops + "type") == "pagebreak");
        Assert.Equal(("3", "h1"), ((string?)contentsMarker.Attribute("aria-label"), contentsMarker.Parent!.Name.LocalName));

        // Each of the speakers section's pages is marked in the ebook's speakers section, before the first name it begins with.
        var speakers = XDocument.Load(archive.GetEntry("EPUB/text/speakers--list.xhtml")!.Open());
        var markers = speakers.Descendants(Xhtml + "span").Where(s => (string?)s.Attribute(Ops + "type") == "pagebreak").ToList();
        Assert.Equal(pages.SkipWhile(n => !ExternalTool.PdfToText(pdfPath, "-f", $"{n}", "-l", $"{n}").TrimStart().StartsWith("Speakers", StringComparison.Ordinal)).Select(n => $"{n}"), markers.Select(m => (string?)m.Attribute("aria-label")));
        static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var lastPage = Squeeze(ExternalTool.PdfToText(pdfPath, "-f", $"{pages[^1]}", "-l", $"{pages[^1]}"));
        Assert.Equal("h2", markers[^1].Parent!.Name.LocalName);
        Assert.StartsWith(Squeeze(markers[^1].Parent!.Value), lastPage.StartsWith("Speakers", StringComparison.Ordinal) ? lastPage["Speakers".Length..] : lastPage, StringComparison.Ordinal);
    }

    private List<XDocument> SpineDocuments()
    {
        using var archive = ZipFile.OpenRead(_epub);
        var container = XDocument.Load(archive.GetEntry("META-INF/container.xml")!.Open());
        var opfPath = container.Descendants().First(e => e.Name.LocalName == "rootfile").Attribute("full-path")!.Value;
        var opf = XDocument.Load(archive.GetEntry(opfPath)!.Open());
        var folder = Path.GetDirectoryName(opfPath)!.Replace('\\', '/');
        var manifest = opf.Descendants().Where(e => e.Name.LocalName == "item")
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("href")!.Value);
        return opf.Descendants().Where(e => e.Name.LocalName == "itemref")
            .Select(e => manifest[e.Attribute("idref")!.Value])
            .Select(href => XDocument.Load(archive.GetEntry(folder.Length == 0 ? href : folder + "/" + href)!.Open()))
            .ToList();
    }

    private static IEnumerable<string> BlockTexts(Block block) => block switch
    {
        Paragraph p => [InlineText.Plain(p.Content)],
        Heading h => [InlineText.Plain(h.Content)],
        QaExchange qa => [InlineText.Plain(qa.Question), InlineText.Plain(qa.Answer)],
        CodeBlock c => [c.Code],
        _ => [],
    };

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
