using System.IO.Compression;
using System.Xml.Linq;
using Recap.Testing;
using static Recap.Cli.Tests.EpubEntries;

namespace Recap.Cli.Tests;

/// <summary>
/// The example conference (docs/example: a programme page and a speakers section) built through the
/// command line: the ebook's page list against the booklet's pages as poppler reads them.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class ExampleConferenceBuildTests : IDisposable
{
    private readonly TempFolder _output = new();
    private readonly string _pdf;
    private readonly string _epub;

    public ExampleConferenceBuildTests()
    {
        var run = CliRun.Of("build", Path.Combine(RepoPaths.Root, "docs", "example"), "-o", _output.Path);
        Assert.Equal(0, run.ExitCode);
        _pdf = Directory.GetFiles(_output.Path, "*.pdf").Single();
        _epub = Directory.GetFiles(_output.Path, "*.epub").Single();
    }

    [Fact]
    public void Every_page_after_the_contents_that_carries_content_has_its_page_list_entry_and_marker()
    {
        var texts = Enumerable.Range(1, PageCount()).ToDictionary(n => n, n => ExternalTool.PdfToText(_pdf, "-f", $"{n}", "-l", $"{n}").Trim());
        var programme = texts.Single(t => t.Value.StartsWith("Programme", StringComparison.Ordinal) && !texts[t.Key - 1].StartsWith("Programme", StringComparison.Ordinal)).Key;
        Assert.StartsWith("Contents", texts[3], StringComparison.Ordinal);

        // From the contents (page 3) to the back cover, every page but the blank ones and the notes pages.
        var pages = Enumerable.Range(3, texts.Count - 3)
            .Where(n => texts[n].Length > 0 && texts[n].Split('\n')[0] != "Notes")
            .ToList();
        Assert.Contains(pages, n => texts[n].StartsWith("Speakers", StringComparison.Ordinal));

        using var archive = ZipFile.OpenRead(_epub);
        XDocument Load(string path) => XDocument.Load(archive.GetEntry(path)!.Open());
        var pageList = Load("EPUB/nav.xhtml").Descendants(Xhtml + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        Assert.Equal(pages.Select(n => $"{n}"), pageList.Descendants(Xhtml + "a").Select(a => a.Value));

        // The contents' page is marked in the nav, the programme's in the ebook's programme, the speakers' in the speakers section.
        static IEnumerable<string?> Markers(XDocument document) =>
            document.Descendants(Xhtml + "span").Where(s => (string?)s.Attribute(Ops + "type") == "pagebreak").Select(s => (string?)s.Attribute("aria-label"));
        Assert.Equal(["3"], Markers(Load("EPUB/nav.xhtml")));
        Assert.Equal([$"{programme}"], Markers(Load("EPUB/text/programme--list.xhtml")));
        Assert.Equal(pages.Where(n => texts[n].StartsWith("Speakers", StringComparison.Ordinal)).Select(n => $"{n}"), Markers(Load("EPUB/text/speakers--list.xhtml")));
        EpubCheckAssert.Clean(_epub);
    }

    private int PageCount()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(_pdf);
        return pdf.NumberOfPages;
    }

    public void Dispose() => _output.Dispose();
}
