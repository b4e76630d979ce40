using Recap.Frames;
using Recap.Layout.Inline;
using Recap.Model;
using static Recap.Layout.Tests.InlineTestKit;

namespace Recap.Layout.Tests;

public sealed class InlineParagraphTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Justified_lines_fill_the_measure_and_the_last_is_ragged()
    {
        var format = ParagraphFormat.Body(Theme);
        var (lines, _, _) = Set([T(Prose)], format);

        Assert.True(lines.Count > 4);
        foreach (var line in lines.SkipLast(1))
        {
            // A full stop, comma or hyphen at the end hangs into the margin; a letter ends at the measure.
            var lastRun = Runs(line).MaxBy(r => r.Origin.X)!;
            var hang = HangsRight(lastRun.Text.TrimEnd(' ')[^1]) ? MaxHang : 0;
            Assert.InRange(line.Width, format.Measure - 1e-6, format.Measure + hang + 1e-6);
            Assert.Equal(line.Width, Right(lastRun), 3);
        }

        Assert.True(lines[^1].Width < format.Measure - 10);
    }

    [Fact]
    public void The_runs_rejoin_to_the_paragraph_text()
    {
        var content = new Model.Inline[]
        {
            T("Speakers praised "), new Emphasis(Source, [T("extraordinarily")]), T(" thoughtful "),
            new Strong(Source, [T("documentation")]), T(" and the "), new InlineCode(Source, "go vet"), T(" tool. "), T(Prose),
        };
        var (lines, _, _) = Set(content, ParagraphFormat.Body(Theme) with { Measure = 180 });

        Assert.Contains(lines, l => l.Hyphenated);
        Assert.Equal(Normalize(InlineText.Plain(content)), Rejoin(lines));
    }

    [Fact]
    public void No_line_runs_past_the_measure_with_a_long_url_and_identifier()
    {
        const string url = "https://github.com/golang/go/blob/master/src/runtime/proc.go#schedule_and_findrunnable_for_the_scheduler";
        var content = new Model.Inline[]
        {
            T("The scheduler lives at "),
            new Link(Source, new ExternalTarget(url), [T(url)]),
            T(" and its hot path calls "),
            new InlineCode(Source, "runtimeFindRunnableGoroutineFromGlobalQueueOrNetpollOrStealWork"),
            T(" before parking the thread, and an unbreakable "),
            new InlineCode(Source, "0123456789012345678901234567890123456789012345678901234567890123456789"),
            T(" tail."),
        };
        const double measure = 150;
        var (lines, _, _) = Set(content, ParagraphFormat.Body(Theme) with { Measure = measure });

        foreach (var line in lines)
        {
            // Only a character the theme lets hang may pass the measure, by less than MaxHang.
            var last = Runs(line).MaxBy(Right)!;
            var limit = measure + (HangsRight(last.Text[^1]) ? MaxHang : Tolerance);
            Assert.True(line.Width <= limit, $"line of {line.Width} pt: {LineText(line)}");
            Assert.All(Runs(line), run => Assert.True(Right(run) <= limit, $"run '{run.Text}' ends at {Right(run)}"));
        }

        var expected = InlineText.Plain(content).Replace(" ", "");
        Assert.Equal(expected, Rejoin(lines).Replace(" ", ""));

        // The URL is split at its separators, never hyphenated.
        var urlLines = lines.Where(l => l.Items.OfType<LinkItem>().Any()).ToList();
        Assert.True(urlLines.Count >= 2);
        Assert.All(urlLines, l => Assert.False(l.Hyphenated && Runs(l).Last().Element?.Kind == StructureKind.Link));
    }

    [Fact]
    public void Emphasis_strong_and_code_use_their_faces()
    {
        var content = new Model.Inline[]
        {
            T("plain "), new Emphasis(Source, [T("slanted")]), T(" "), new Strong(Source, [T("heavy")]), T(" "), new InlineCode(Source, "fmt.Println"),
        };
        var (lines, _, _) = Set(content, ParagraphFormat.Body(Theme));
        var runs = lines.SelectMany(Runs).ToDictionary(r => r.Text.TrimEnd());

        Assert.Same(Theme.Fonts.Regular.Primary, Face(runs["plain"]));
        Assert.Same(Theme.Fonts.Italic.Primary, Face(runs["slanted"]));
        Assert.True(Face(runs["slanted"]).IsItalic);
        Assert.Same(Theme.Fonts.Bold.Primary, Face(runs["heavy"]));
        Assert.Same(Theme.Fonts.Mono.Primary, Face(runs["fmt.Println"]));
        Assert.Equal(Theme.BodySize * Theme.CodeSize / Theme.BodySize, runs["fmt.Println"].Size, 6);
    }

    [Fact]
    public void A_link_gets_areas_over_its_text_with_one_link_element_across_lines()
    {
        var content = new Model.Inline[]
        {
            T("Read the "),
            new Link(Source, new ExternalTarget("https://go.dev/doc/effective_go"), [T("guide to writing clear, idiomatic Go code")]),
            T(" before the talk."),
        };
        var (lines, _, element) = Set(content, ParagraphFormat.Body(Theme) with { Measure = 120, Hyphenate = false });

        var areas = lines.SelectMany((l, i) => l.Items.OfType<LinkItem>().Select(a => (Line: i, Area: a))).ToList();
        Assert.True(areas.Count >= 2);
        var link = Assert.Single(element.Children);
        Assert.Equal(StructureKind.Link, link.Kind);
        Assert.All(areas, a =>
        {
            Assert.Same(link, a.Area.Element);
            Assert.Equal(new UriTarget("https://go.dev/doc/effective_go"), a.Area.Target);

            // The area covers exactly the link's runs on that line, and nothing else.
            var linkRuns = Runs(lines[a.Line]).Where(r => r.Element == link).ToList();
            Assert.NotEmpty(linkRuns);
            Assert.Equal(linkRuns.Min(r => r.Origin.X), a.Area.Area.X, 6);
            Assert.Equal(linkRuns.Max(Right), a.Area.Area.Right, 3);
            Assert.True(a.Area.Area.Y < 0 && a.Area.Area.Bottom > 0);
        });
        var linkText = string.Join(" ", lines.SelectMany(Runs).Where(r => r.Element == link).Select(r => r.Text.TrimEnd()));
        Assert.Equal("guide to writing clear, idiomatic Go code", linkText);
        Assert.All(lines.SelectMany(Runs).Where(r => r.Element != link), r => Assert.Same(element, r.Element));
    }

    [Fact]
    public void A_footnote_reference_is_a_raised_linked_number_recorded_on_its_line()
    {
        var content = new Model.Inline[] { T("Goroutines are cheap"), new FootnoteReference(Source, "cheap", 3), T(" to start.") };
        var (lines, _, _) = Set(content, ParagraphFormat.Body(Theme));

        var line = Assert.Single(lines);
        Assert.Equal(["cheap"], line.Footnotes.ToArray());
        var mark = Assert.Single(Runs(line), r => r.Text.TrimEnd() == "3");
        Assert.True(mark.Origin.Y < 0);
        Assert.True(mark.Size < Theme.BodySize);
        var area = Assert.Single(line.Items.OfType<LinkItem>());
        Assert.Equal(new DestinationTarget("fn-cheap"), area.Target);
        Assert.Equal(mark.Origin.X, area.Area.X, 6);
        Assert.Equal("Goroutines are cheap to start.", LineText(line));
    }

    [Fact]
    public void FirstWord_counts_the_plain_words_that_begin_on_each_line()
    {
        var content = new Model.Inline[] { T(Prose) };
        var (lines, _, _) = Set(content, ParagraphFormat.Body(Theme) with { Measure = 160 });

        Assert.Contains(lines, l => l.Hyphenated);
        var words = Prose.Split(' ');
        var begun = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var continues = i > 0 && EndsInsideWord(lines[i - 1]);
            var count = LineText(lines[i]).Split(' ').Length - (continues ? 1 : 0);
            Assert.Equal(count > 0 ? begun : -1, lines[i].FirstWord);
            if (count > 0)
            {
                Assert.StartsWith(LineText(lines[i]).Split(' ')[continues ? 1 : 0], words[begun]);
            }

            begun += count;
        }

        Assert.Equal(words.Length, begun);
    }

    [Fact]
    public void Issue0015_narrow_measures_hyphenate_capitalised_words_but_never_acronyms_or_urls()
    {
        var content = new Model.Inline[]
        {
            T("Internationalization, Responsibilities and Unquestionably are capitalised, INTERNATIONALIZATION is not; "),
            T("www.internationalization.example/responsibilities gets no hyphen, while internationalization, responsibilities and unquestionably may break."),
        };
        var (lines, _, _) = Set(content, ParagraphFormat.Body(Theme) with { Measure = 110 });

        var hyphenated = lines.Where(l => l.Hyphenated).ToList();
        Assert.Contains(hyphenated, l => char.IsUpper(LineText(l).Split(' ')[^1][0]));
        foreach (var line in hyphenated)
        {
            var fragment = LineText(line).Split(' ')[^1];
            Assert.False(fragment.Length > 1 && char.IsUpper(fragment[1]), $"hyphen after '{fragment}'");
            Assert.DoesNotContain("www", fragment, StringComparison.Ordinal);
            Assert.Equal("-", TextRuns(line).MaxBy(r => r.Origin.X)!.Text);
        }
    }

    [Fact]
    public void Without_hyphenation_no_line_ends_with_an_added_hyphen()
    {
        var (lines, _, _) = Set([T(Prose)], ParagraphFormat.Body(Theme) with { Measure = 110, Hyphenate = false });

        Assert.DoesNotContain(lines, l => l.Hyphenated);
        Assert.Equal(Normalize(Prose), Rejoin(lines));
    }

    [Fact]
    public void A_character_no_face_has_is_a_warning_with_its_code_point_and_place()
    {
        var text = new Text(new SourceSpan("talks/hello.md", 7, 12), "Hello, 世界 from the meetup.");
        var (lines, diagnostics, _) = Set([text], ParagraphFormat.Body(Theme));

        Assert.NotEmpty(lines);
        var warnings = diagnostics.Sorted();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(text.Source, w.Source));
        Assert.Contains(warnings, w => w.Message.Contains("U+4E16", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("U+754C", StringComparison.Ordinal));
    }

    [Fact]
    public void Ragged_and_centred_lines_keep_natural_spaces()
    {
        var ragged = Set([T(Prose)], ParagraphFormat.Body(Theme) with { Alignment = ParagraphAlignment.RaggedRight }).Lines;
        var centred = Set([T(Prose)], ParagraphFormat.Body(Theme) with { Alignment = ParagraphAlignment.Centered }).Lines;

        Assert.All(ragged, l => Assert.True(l.Width <= Theme.Measure + Tolerance));
        Assert.True(ragged.Select(l => Math.Round(l.Width)).Distinct().Count() > 2);
        Assert.Equal(Normalize(Prose), Rejoin(ragged));
        foreach (var line in centred)
        {
            var left = TextRuns(line).Min(r => r.Origin.X);
            Assert.Equal(Theme.Measure - line.Width, left, 3);
        }
    }

    [Fact]
    public void A_hanging_label_sits_left_of_the_first_line_only()
    {
        var label = new StructureElement(StructureKind.Lbl);
        var format = ParagraphFormat.Body(Theme) with { Measure = 200, Label = new ParagraphLabel("Q", 16, label) { Bold = true } };
        var (lines, _, _) = Set([T(Prose)], format);

        var q = Assert.Single(lines.SelectMany(Runs), r => r.Element == label);
        Assert.Equal("Q", q.Text);
        Assert.Equal(-16, q.Origin.X);
        Assert.Same(Theme.Fonts.Bold.Primary, Face(q));
        Assert.Contains(q, Runs(lines[0]));
    }

    [Fact]
    public void Empty_content_sets_no_lines() =>
        Assert.Empty(Set([T("  ")], ParagraphFormat.Body(Theme)).Lines);
}
