using System.Globalization;
using Recap.Frames;
using Recap.Model;
using Recap.Testing;

namespace Recap.Layout.Tests.Booklet;

/// <summary>
/// Issue 5's booklet, checked on the exported PDF of the GopherFest content: the contents' numbers
/// and links against where each title really is, the page count, the furniture page by page, and
/// what the cover, colophon and back cover show.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class BookletTests(BookletFixture fixture) : IClassFixture<BookletFixture>
{
    public static TheoryData<string> Papers => BookletFixture.Papers;

    [Theory]
    [MemberData(nameof(Papers))]
    public void Contents_print_the_page_where_each_title_is_set_and_link_there(string paper)
    {
        var build = fixture.Build(paper);
        var contents = build.Pages.Where(p => p.Number >= 3 && p.Links.Count > 0 && p.Number < build.TitlePage(build.Publication.WriteUps[0])).ToList();
        Assert.NotEmpty(contents);
        var entries = contents.SelectMany(p => p.Links.Select(l => (Page: p, Link: l))).GroupBy(e => e.Link.TargetPage).ToList();

        foreach (var writeUp in build.Publication.WriteUps)
        {
            var titlePage = build.TitlePage(writeUp);
            Assert.True(titlePage > 0, $"'{writeUp.Meta.Title}' is not set at title size on any page");
            Assert.Equal(titlePage, build.Result.Map.Find(writeUp.Id)?.Page);

            // The entry's link areas jump to the title's page, and the figures inside them print its number.
            var entry = entries.SingleOrDefault(e => e.Key == titlePage);
            Assert.True(entry is not null, $"no contents link goes to page {titlePage} ('{writeUp.Meta.Title}')");
            var text = string.Concat(entry.SelectMany(e => e.Page.Glyphs.Where(g => !g.Artifact && e.Link.Holds(g)).Select(g => g.Value)));
            Assert.StartsWith(BookletPdfPage.Squeeze(writeUp.Meta.Title), text, StringComparison.Ordinal);
            var printed = new string([.. text.Where(char.IsAsciiDigit)]);
            Assert.Equal(titlePage.ToString(CultureInfo.InvariantCulture), printed);
        }
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Page_numbers_sit_in_one_right_aligned_column(string paper)
    {
        var build = fixture.Build(paper);
        var contents = build.Pages[2];

        // Each figure is centred in a cell of one width: the last figures' middles line up exactly.
        var rights = contents.Links
            .Select(l => contents.Glyphs.Where(g => !g.Artifact && l.Holds(g) && char.IsAsciiDigit(g.Value[0])).ToList())
            .Where(digits => digits.Count > 0)
            .Select(digits => digits.MaxBy(g => g.X)!.Middle)
            .ToList();
        Assert.Equal(build.Publication.WriteUps.Count + 1, rights.Count);
        Assert.All(rights, x => Assert.Equal(rights[0], x, 0.05));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Issue0018_leaders_end_at_one_edge_a_gap_before_the_widest_page_number(string paper)
    {
        var build = fixture.Build(paper);
        var contents = build.Pages[2];
        var entries = contents.Links
            .Select(l => (
                Dots: contents.Glyphs.Where(g => g.Artifact && g.Value == "." && l.Holds(g)).ToList(),
                Digits: contents.Glyphs.Where(g => !g.Artifact && l.Holds(g) && char.IsAsciiDigit(g.Value[0])).ToList()))
            .Where(e => e.Digits.Count > 0)
            .ToList();

        var ends = entries.Select(e => e.Dots.Max(g => g.X)).ToList();
        Assert.All(ends, x => Assert.Equal(ends[0], x, 0.05));
        // The widest number's first figure stands clear of the dots, and the dots do not stop a column short of it.
        var widestStart = entries.Select(e => e.Digits.Min(g => g.X)).Min();
        var gap = widestStart - ends[0];
        Assert.InRange(gap, build.Theme.BodySize * 0.6, build.Theme.BodySize * 1.5);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Page_count_is_a_multiple_of_four_and_the_last_page_is_the_back_cover(string paper)
    {
        var build = fixture.Build(paper);
        Assert.Equal(0, build.Pages.Count % 4);
        Assert.Equal(build.Pages.Count, build.Result.Map.PageCount);
        Assert.Contains(BookletPdfPage.Squeeze(build.Publication.Meta.Description!), build.Pages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_map_is_handed_out_whole_before_the_pages_are_composed()
    {
        // The ebook starts from it while the pages' frames are made: it must already count every page and page start.
        var build = fixture.Build("a5");
        var handed = new List<(int PageCount, int Starts)>();
        Pages.PageMap? seen = null;

        var result = LayoutEngine.Layout(build.Publication, build.Theme, new LayoutOptions(PdfBuild.Date), new Model.Diagnostics.DiagnosticBag(), map =>
        {
            seen = map;
            handed.Add((map.PageCount, map.PageStarts.Count));
        });

        Assert.Equal((result.Document.Pages.Length, result.Map.PageStarts.Count), Assert.Single(handed));
        Assert.Equal(result.Map.PageStarts, seen!.PageStarts);
        Assert.Equal(build.Result.Map.PageStarts, result.Map.PageStarts);
    }

    [Fact]
    public void Pages_taken_by_their_last_reader_are_composed_as_read_once_each_and_alike()
    {
        // The booklet's own copy of its pages, made in full, against the pages a last reader takes: composed as it
        // reads them, the same frames, with labels known before any page is made, and each page read only once.
        var build = fixture.Build("a5");
        var made = build.Result.Document.Pages;
        var document = LayoutEngine.Layout(build.Publication, build.Theme, new LayoutOptions(PdfBuild.Date), new Model.Diagnostics.DiagnosticBag()).Document;

        var taken = document.TakePages();

        Assert.Equal(made.Select(p => p.Label), Enumerable.Range(0, taken.Count).Select(taken.Label));
        Assert.Equal(made.Select(p => FrameDump.Write(p)), Enumerable.Range(0, taken.Count).Select(i => FrameDump.Write(taken[i])));
        Assert.Throws<InvalidOperationException>(() => taken[made.Length / 2]);
        Assert.Empty(document.Pages);
        Assert.Equal(made.Length, document.PageCount);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Page_labels_are_the_pdf_page_numbers(string paper)
    {
        var pages = fixture.Build(paper).Result.Document.Pages;
        Assert.Equal(Enumerable.Range(1, pages.Length).Select(n => n.ToString(CultureInfo.InvariantCulture)), pages.Select(p => p.Label));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Furniture_only_where_it_belongs_and_heads_name_the_talk_on_the_page(string paper) =>
        CheckFurniture(fixture.Build(paper));

    [Fact]
    public void Talks_open_on_rectos_with_blank_versos_before_them_when_the_theme_says_recto()
    {
        var build = fixture.Build("a5", BookletFixture.Recto);
        Assert.Equal(0, build.Pages.Count % 4);
        Assert.All(build.Publication.WriteUps, w => Assert.Equal(1, build.TitlePage(w) % 2));
        Assert.Contains(build.Pages, p => p.Glyphs.Count == 0);
        CheckFurniture(build);
    }

    [Fact]
    public void Cover_shows_the_title_and_event_without_a_folio()
    {
        var build = fixture.Build("a5");
        var meta = build.Publication.Meta;
        var cover = build.Pages[0];
        Assert.Contains(BookletPdfPage.Squeeze(meta.Title), cover.TextAtSize(build.Theme.CoverTitleSize), StringComparison.Ordinal);
        Assert.Contains(meta.Event!.Name!, cover.Text, StringComparison.Ordinal);
        Assert.Contains(BookletPdfPage.Squeeze($"{meta.Event.Venue}, {meta.Event.City}"), cover.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(cover.Glyphs, g => g.Artifact);
    }

    [Fact]
    public void Colophon_gives_identifier_fonts_and_tool()
    {
        var build = fixture.Build("a5");
        var colophon = build.Pages[1].Text;
        Assert.Contains(BookletPdfPage.Squeeze(build.Publication.Meta.Identifier), colophon, StringComparison.Ordinal);
        Assert.Contains("Bigelow&Holmes", colophon, StringComparison.Ordinal);
        Assert.Contains("SetwithRecap.", colophon, StringComparison.Ordinal);
        Assert.Contains("BentlyReserve", colophon, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Back_cover_lists_every_speaker_with_affiliation(string paper)
    {
        var build = fixture.Build(paper);
        var back = build.Pages[^1].Text;
        var speakers = build.Publication.WriteUps.SelectMany(w => w.Meta.Speakers).ToList();
        Assert.NotEmpty(speakers);
        foreach (var speaker in speakers)
        {
            Assert.Contains(BookletPdfPage.Squeeze(speaker.Name + (speaker.Affiliation ?? "")), back, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("back-cover-full", build.Diagnostics.Sorted().Select(d => d.Code));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Poppler_and_qpdf_read_every_page_without_complaint(string paper)
    {
        var build = fixture.Build(paper);
        var text = ExternalTool.Run("pdftotext", build.PdfPath, "-");
        Assert.Equal(0, text.ExitCode);
        Assert.Equal("", text.StdErr);
        Assert.Equal(0, ExternalTool.QpdfCheck(build.PdfPath).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Contents_list_the_speakers_section_last_with_the_page_it_opens_on(string paper)
    {
        var build = fixture.Build(paper);
        var opens = Assert.Single(build.Pages, p => p.Number > 3 && BookletPdfPage.Squeeze(p.TextAtSize(build.Theme.TitleSize)) == "Speakers").Number;
        var contents = build.Pages.Where(p => p.Number >= 3 && p.Number < build.TitlePage(build.Publication.WriteUps[0])).ToList();
        var entry = contents.SelectMany(p => p.Links.Where(l => l.TargetPage == opens).Select(l => string.Concat(p.Glyphs.Where(g => !g.Artifact && l.Holds(g)).Select(g => g.Value)))).ToList();
        Assert.Equal([$"Speakers{opens}"], entry);
        var last = string.Concat(contents.Select(p => p.Text));
        Assert.EndsWith($"Speakers{opens}", BookletPdfPage.Squeeze(new string([.. last.Where(c => c != '.')])), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Speaker_entries_are_never_split_and_the_last_never_stands_alone(string paper)
    {
        var build = fixture.Build(paper);
        var speakers = Model.Talks.SpeakerIndex.For(build.Publication);
        var pages = new List<int>();
        foreach (var entry in speakers)
        {
            // The entry's name and its last line (its talks with their pages) are on one page of the section.
            var name = BookletPdfPage.Squeeze(entry.Speaker.Name);
            var talks = BookletPdfPage.Squeeze(string.Concat(entry.Talks.Select(t => $"{t.Meta.Title}, p. {build.TitlePage(t)}")));
            var page = Assert.Single(build.Pages, p => p.Text.IndexOf(name, StringComparison.Ordinal) is >= 0 and var at && p.Text.IndexOf(talks, at, StringComparison.Ordinal) > at);
            pages.Add(page.Number);
        }

        Assert.Equal(pages.Order(), pages);
        var last = pages.Count(p => p == pages[^1]);
        Assert.True(last >= 2 || pages.Count == 1, $"the last speakers page {pages[^1]} holds {last} entry: {string.Join(", ", pages)}");
    }

    [Fact]
    public void Contents_are_a_toc_of_links_one_item_a_write_up_then_the_speakers()
    {
        var build = fixture.Build("a5");
        var toc = Descendants(build.Result.Document.Structure).Single(e => e.Kind == StructureKind.TOC);
        Assert.Equal(build.Publication.WriteUps.Count + 1, toc.Children.Count);
        Assert.All(toc.Children, item => Assert.Equal(StructureKind.Link, item.Children[0].Kind));

        var links = build.Result.Document.Pages.SelectMany(p => FrameItems.Flatten(p.Items).OfType<LinkItem>()).Where(l => l.Target is DestinationTarget).ToList();
        var targets = build.Publication.WriteUps.Select(w => w.Id).Append(Model.Talks.SectionIds.Speakers);
        Assert.Equal(targets, toc.Children.Select(item => links.Where(l => l.Element == item.Children[0]).Select(l => ((DestinationTarget)l.Target).Name).Distinct().Single()));
    }

    /// <summary>
    /// None on the cover, colophon, the contents' first page, openers, blank pages and the back
    /// cover; notes pages keep their folio only; every other page has a folio equal to its number
    /// and a running head: the book's title on versos, the talk running on that page on rectos.
    /// </summary>
    private static void CheckFurniture(BookletBuild build)
    {
        var block = build.Theme.TextBlock(1);
        var openers = build.Publication.WriteUps.ToDictionary(build.TitlePage, w => w.Meta.Title);
        var firstTalk = openers.Keys.Min();

        // The speakers section after the talks opens like a write-up and runs its own head.
        foreach (var speakers in build.Pages.Where(p => p.Number > firstTalk && BookletPdfPage.Squeeze(p.TextAtSize(build.Theme.TitleSize)) == "Speakers"))
        {
            openers[speakers.Number] = "Speakers";
        }

        string? running = null;
        foreach (var page in build.Pages)
        {
            running = openers.GetValueOrDefault(page.Number, running!);
            var head = string.Concat(page.Glyphs.Where(g => g.Artifact && g.Y < block.Y).Select(g => g.Value));
            var folio = string.Concat(page.Glyphs.Where(g => g.Artifact && g.Y > block.Bottom).Select(g => g.Value));
            var number = page.Number.ToString(CultureInfo.InvariantCulture);
            var bare = page.Number <= 3 || page.Number == build.Pages.Count || openers.ContainsKey(page.Number) || page.Glyphs.Count == 0;
            var notes = page.Number > firstTalk && page.Text.StartsWith("Notes", StringComparison.Ordinal) && page.Number >= build.Pages.Count - 3;
            if (bare)
            {
                Assert.True(head.Length == 0 && folio.Length == 0, $"page {page.Number} has furniture '{head}' '{folio}'");
            }
            else if (notes)
            {
                Assert.Equal(("", number), (head, folio));
            }
            else
            {
                var expected = page.Number % 2 == 0 ? build.Publication.Meta.Title : running ?? "Contents";
                Assert.Equal((BookletPdfPage.Squeeze(expected), number), (head, folio));
            }
        }
    }

    private static IEnumerable<StructureElement> Descendants(StructureElement element) =>
        element.Children.SelectMany(c => new[] { c }.Concat(Descendants(c)));
}
