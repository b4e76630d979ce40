using Recap.Frames;
using Recap.Testing;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>
/// Issue 4's checks on real pages: the GopherFest content and a fixture holding every block kind,
/// each laid out on four papers, exported, and read back from the PDF (PdfPig, pdftotext, qpdf).
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class EndToEndTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    // Glyph boxes come from font metrics; allow for rounding, not for real overflow.
    private const double Tolerance = 0.5;

    public static TheoryData<string, string> Cases => EndToEndFixture.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_word_of_the_content_is_on_the_pages_in_reading_order(string content, string paper)
    {
        var build = fixture.Build(content, paper);
        var body = build.Expected.Body;
        var notes = build.Expected.Notes;
        int b = 0, n = 0;
        foreach (var page in build.WriteUpPdfPages)
        {
            // A page reads: its share of the running text, then the notes at its foot.
            var text = PageLetters(page);
            var common = CommonPrefix(text, body, b);
            var split = Enumerable.Range(0, common + 1).Reverse().FirstOrDefault(k => notes.AsSpan(n).StartsWith(text.AsSpan(k)), -1);
            Assert.True(split >= 0, $"page {page.Number}: the text departs from the content at\n  expected: …{Window(body, b + common)}…\n  found:    …{Window(text, common)}…\n  or notes expected: …{Window(notes, n)}…");
            b += split;
            n += text.Length - split;
        }

        Assert.True(b == body.Length, $"the running text stops short; missing: {Window(body, b)}…");
        Assert.True(n == notes.Length, $"the notes stop short; missing: {Window(notes, n)}…");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_glyph_or_picture_leaves_the_text_block(string content, string paper)
    {
        var build = fixture.Build(content, paper);
        var outside = new List<string>();
        foreach (var page in build.WriteUpPdfPages)
        {
            Assert.True(page.UntaggedLetters == 0, $"page {page.Number}: {page.UntaggedLetters} glyphs are neither content nor artifact");
            var block = build.Theme.TextBlock(page.Number);
            // Punctuation and hyphens at a justified line's edges hang into the margin (protrusion), by less than MaxHang.
            bool Inside(UglyToad.PdfPig.Core.PdfRectangle box, string value = "") =>
                box.Left >= block.X - (value.Length == 1 && InlineTestKit.HangsLeft(value[0]) ? InlineTestKit.MaxHang : Tolerance)
                && box.Right <= block.Right + (value.Length == 1 && InlineTestKit.HangsRight(value[0]) ? InlineTestKit.MaxHang : Tolerance)
                && box.Top <= page.Height - block.Y + Tolerance && box.Bottom >= page.Height - block.Bottom - Tolerance;

            outside.AddRange(page.Glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value) && !Inside(g.Box, g.Value))
                .Select(g => $"page {page.Number}: '{g.Value}' ({g.Tag}) at {g.Box}"));
            outside.AddRange(page.Images.Where(i => !Inside(i)).Select(i => $"page {page.Number}: a picture at {i}"));
        }

        Assert.True(outside.Count == 0, $"text block {build.Theme.TextBlock(1)}:\n" + string.Join('\n', outside.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_paragraph_or_code_block_leaves_a_single_line_at_a_page_break(string content, string paper)
    {
        var build = fixture.Build(content, paper);
        var alone = build.WriteUpLines
            .Where(l => !l.InNote && l.Block.Kind is StructureKind.P or StructureKind.Code)
            .GroupBy(l => l.Block)
            .Select(block => block.GroupBy(l => l.Page).OrderBy(p => p.Key).ToList())
            .Where(pages => pages.Count > 1 && (pages[0].Count() < 2 || pages[^1].Count() < 2))
            .Select(pages => string.Join(" | ", pages.Select(p => $"page {p.Key}: {p.Count()} line(s), '{p.First().Text}'")))
            .ToList();

        Assert.True(alone.Count == 0, "widows or orphans:\n" + string.Join('\n', alone));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_heading_is_followed_on_its_page_by_two_lines_or_a_picture(string content, string paper)
    {
        var build = fixture.Build(content, paper);
        var stranded = new List<string>();
        foreach (var page in build.WriteUpLines.Where(l => !l.InNote).GroupBy(l => l.Page))
        {
            var pictures = FrameItems.Flatten(build.Result.Document.Pages[page.Key - 1].Items).OfType<ImageItem>().ToList();
            foreach (var heading in page.Where(l => l.IsHeading).GroupBy(l => l.Block))
            {
                var last = heading.Max(l => l.Baseline);
                var below = page.Where(l => !l.IsHeading && l.Baseline > last).Select(l => l.Baseline).Distinct().Count();
                if (below < 2 && !pictures.Any(p => p.Bounds.Y > last))
                {
                    stranded.Add($"page {page.Key}: '{heading.First().Text}' has {below} line(s) under it");
                }
            }
        }

        Assert.True(stranded.Count == 0, string.Join('\n', stranded));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_more_than_two_hyphenated_lines_in_a_row(string content, string paper)
    {
        var build = fixture.Build(content, paper);
        var runs = new List<string>();
        foreach (var paragraph in build.WriteUpLines.Where(l => l.Block.Kind == StructureKind.P).GroupBy(l => l.Block))
        {
            var run = new List<string>();
            foreach (var line in paragraph.OrderBy(l => l.Page).ThenBy(l => l.Baseline))
            {
                run = line.Text.TrimEnd().EndsWith('-') || line.Text.TrimEnd().EndsWith('\u2010') ? [.. run, line.Text] : [];
                if (run.Count == 3)
                {
                    runs.Add($"page {line.Page}:\n  " + string.Join("\n  ", run));
                }
            }
        }

        Assert.True(runs.Count == 0, string.Join('\n', runs));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Code_keeps_its_exact_characters_and_every_cell_its_text(string content, string paper)
    {
        var build = fixture.Build(content, paper);
        string Tagged(params string[] tags) =>
            ExpectedText.WithoutSpaces(string.Concat(build.WriteUpPdfPages.SelectMany(p => p.Glyphs).Where(g => tags.Contains(g.Tag)).Select(g => g.Value)));

        Assert.Equal(string.Concat(build.Expected.Code.Select(ExpectedText.WithoutSpaces)), Tagged("Code"));
        Assert.Equal(string.Concat(build.Expected.Cells.Select(ExpectedText.WithoutSpaces)), Tagged("TD", "TH"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Qpdf_finds_nothing_to_complain_about(string content, string paper)
    {
        var build = fixture.Build(content, paper);

        var check = ExternalTool.QpdfCheck(build.PdfPath);

        Assert.True(check.ExitCode == 0 && !check.All.Contains("WARNING", StringComparison.Ordinal), check.All);
        Assert.Contains("No syntax or stream encoding errors found", check.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Two_builds_are_byte_identical(string content, string paper)
    {
        var build = fixture.Build(content, paper);

        var again = EndToEndBuild.Rebuild(fixture.ContentFolder(content), paper);

        Assert.True(File.ReadAllBytes(build.PdfPath).AsSpan().SequenceEqual(again), "the second build differs from the first");
    }

    [Theory]
    [InlineData("a5")]
    [InlineData("a4")]
    [InlineData("letter")]
    [InlineData("half-letter")]
    public void The_fixture_crosses_pages_where_the_checks_look(string paper)
    {
        var build = fixture.Build(EndToEndFixture.EveryBlock, paper);
        var blocks = build.WriteUpLines.Where(l => !l.InNote).GroupBy(l => l.Block).Where(b => b.Select(l => l.Page).Distinct().Count() > 1).ToList();

        Assert.Contains(blocks, b => b.Key.Kind == StructureKind.P);
        Assert.True(build.WriteUpLines.Where(l => l.Block.Kind == StructureKind.TD).Select(l => l.Page).Distinct().Count() > 1, "the table should cross a page");
        Assert.Contains(build.WriteUpLines, l => l.InNote);
        Assert.Contains(build.WriteUpLines, l => l.Text.TrimEnd().EndsWith('-'));
    }

    [Fact]
    public void The_arabic_name_reads_right_to_left_in_the_text_layer()
    {
        var build = fixture.Build(EndToEndFixture.EveryBlock, "a5");

        Assert.Contains(FixtureContent.ArabicName, ExternalTool.PdfToText(build.PdfPath), StringComparison.Ordinal);
    }

    /// <summary>
    /// The page's letters and digits in content order, which is reading order: right-to-left runs
    /// go into the content stream in logical order (issue 13), as the tagged text reads them.
    /// </summary>
    private static string PageLetters(PdfPageText page) =>
        string.Concat(page.Glyphs.Select(g => ExpectedText.Letters(g.Value)));

    private static int CommonPrefix(string text, string body, int from)
    {
        var k = 0;
        while (k < text.Length && from + k < body.Length && text[k] == body[from + k])
        {
            k++;
        }

        return k;
    }

    private static string Window(string text, int at) => text.Substring(Math.Max(0, at - 30), Math.Min(text.Length, at + 40) - Math.Max(0, at - 30)).Insert(Math.Min(30, at), "⟨here⟩");
}
