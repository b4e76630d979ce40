using System.Text.RegularExpressions;
using CsCheck;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Inline;
using Recap.Testing;
using static Recap.Layout.Tests.InlineTestKit;

namespace Recap.Layout.Tests;

/// <summary>Right-to-left names in English text, with DejaVu Sans as the theme's fallback for Hebrew and Arabic.</summary>
public sealed class InlineBidiTests : IDisposable
{
    private const string FallbackFace = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private readonly TempFolder _folder = new();
    private readonly Styles.Theme _theme;

    public InlineBidiTests()
    {
        // The default theme's faces by absolute path, and exactly one fallback: the system's DejaVu Sans.
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.DefaultTheme, "theme.yml"))
            .Replace(" fonts/", " " + Path.Combine(RepoPaths.DefaultTheme, "fonts") + "/", StringComparison.Ordinal);
        yaml = Regex.Replace(yaml, @"fallback:.*(\n +- .*)*", $"fallback: [\"{FallbackFace}\"]");
        _folder.Write("theme.yml", yaml);
        _theme = Styles.Theme.Load(_folder.Path, systemFonts: false);
    }

    [Fact]
    public void A_hebrew_run_is_shaped_right_to_left_and_placed_in_visual_order()
    {
        var (lines, diagnostics, _) = Set([T("The names שלום עולם, then more.")], ParagraphFormat.Body(_theme), _theme);

        Assert.Empty(diagnostics.Sorted());
        var line = Assert.Single(lines);
        var runs = Runs(line).ToList();
        var first = Assert.Single(runs, r => r.Text.TrimEnd() == "שלום");
        var second = Assert.Single(runs, r => r.Text.TrimEnd() == "עולם");
        var names = Assert.Single(runs, r => r.Text.TrimEnd() == "names");
        var comma = Assert.Single(runs, r => r.Text.TrimEnd() == ",");

        // Logical order "שלום עולם" reads right to left: the second word is drawn to the left of the first.
        Assert.True(names.Origin.X < second.Origin.X);
        Assert.True(second.Origin.X < first.Origin.X);
        Assert.True(Right(first) <= comma.Origin.X + 1e-6);
        Assert.Equal(FallbackFace, _theme.Fonts.Book[first.Face].Path);

        // Shaped right to left: glyphs come in visual order, so the clusters descend.
        Assert.True(first.Glyphs[0].Cluster > first.Glyphs[^1].Cluster);
    }

    [Fact]
    public void An_arabic_name_joins_its_letters()
    {
        var (lines, _, _) = Set([T("Thanks to مرحبا for hosting.")], ParagraphFormat.Body(_theme), _theme);

        var run = Assert.Single(Runs(Assert.Single(lines)), r => r.Text.TrimEnd() == "مرحبا");
        var isolated = run.Text.EnumerateRunes().Select(r => _theme.Fonts.Book[run.Face].TryGetGlyph(r.Value, out var id) ? id : (ushort)0).ToHashSet();

        // Joining forms are other glyphs than the letters' nominal (isolated) ones.
        Assert.Contains(run.Glyphs, g => !isolated.Contains(g.Id));
        Assert.True(run.Glyphs[0].Cluster > run.Glyphs[^1].Cluster);
    }

    [Fact]
    public void A_hebrew_paragraph_runs_right_to_left_with_its_english_word_kept_left_to_right()
    {
        var format = ParagraphFormat.Body(_theme);
        var (lines, diagnostics, _) = Set([T("שלום עולם Go Gopher גופר.")], format, _theme);

        Assert.Empty(diagnostics.Sorted());
        var runs = Runs(Assert.Single(lines)).ToList();
        double X(string word) => Assert.Single(runs, r => r.Text.TrimEnd() == word).Origin.X;

        // The paragraph's first word stands at the right edge; the English pair keeps its own order.
        var first = Assert.Single(runs, r => r.Text.TrimEnd() == "שלום");
        Assert.Equal(format.Measure, Edge(first), 1);
        Assert.True(X("עולם") < X("שלום"));
        Assert.True(X("Gopher") < X("עולם"));
        Assert.True(X("Go") < X("Gopher"));
        Assert.True(runs.Where(r => r.Text.Contains("גופר", StringComparison.Ordinal)).Max(r => r.Origin.X) < X("Go"));

        // The full stop ends the paragraph on the left; the comma after a Hebrew word stays beside it.
        var (commaLines, _, _) = Set([T("תודה, concurrency עולם.")], format, _theme);
        var commaRuns = Runs(Assert.Single(commaLines)).ToList();
        double At(string text) => Assert.Single(commaRuns, r => r.Text.TrimEnd() == text).Origin.X;
        Assert.True(At(",") < At("תודה") && At("concurrency") < At(","));
        Assert.True(At("עולם") < At("concurrency"));

        // Drawn right to left, kept in logical order for reading.
        Assert.Equal(["שלום", "עולם", "Go", "Gopher"], runs.Select(r => r.Text.TrimEnd()).Where(t => t is "שלום" or "עולם" or "Go" or "Gopher"));
    }

    [Fact]
    public void Every_line_of_a_long_hebrew_paragraph_ends_flush_right_and_starts_from_the_right()
    {
        var format = ParagraphFormat.Body(_theme);
        var text = string.Join(' ', Enumerable.Repeat("שלום עולם אחד שתיים שלוש ארבע", 12));
        var (lines, _, _) = Set([T(text)], format, _theme);

        Assert.True(lines.Count > 2);
        foreach (var line in lines)
        {
            var runs = Runs(line).ToList();
            // Its logically first word is its rightmost, at the measure's right edge (the last line too).
            Assert.Equal(runs[0].Origin.X, runs.Max(r => r.Origin.X));
            Assert.Equal(format.Measure, Edge(runs[0]), 1);
        }

        // Justified: the other lines also reach the left edge.
        Assert.All(lines.SkipLast(1), line => Assert.True(Runs(line).Min(r => r.Origin.X) < 1));
    }

    [Fact]
    public void Mixed_paragraphs_keep_every_word_in_logical_order_inside_the_measure_without_overlap() =>
        Gen.Int[0, Words.Length - 1].Select(i => Words[i]).Array[1, 60]
            .Sample(
                words =>
                {
                    var format = ParagraphFormat.Body(_theme);
                    var (lines, _, _) = Set([T(string.Join(' ', words))], format, _theme);

                    // Drawn text, in the content stream's (logical) order, is the paragraph's, whatever the direction.
                    var drawn = lines.SelectMany(Runs).Where(r => r.Element is not null).Select(r => r.Text);
                    Assert.Equal(string.Concat(words), string.Concat(drawn).Replace(" ", "", StringComparison.Ordinal));

                    foreach (var line in lines)
                    {
                        var ink = Runs(line).Where(r => r.Text.Trim().Length > 0).Select(Ink).OrderBy(i => i.Left).ToList();
                        Assert.All(ink, i => Assert.InRange(i.Left, -MaxHang - 0.01, format.Measure + MaxHang + 0.01));
                        Assert.All(ink, i => Assert.True(i.Right <= format.Measure + MaxHang + 0.01, $"{i.Right}: {string.Join(" ", words)}"));
                        Assert.All(ink.Zip(ink.Skip(1)), pair => Assert.True(pair.First.Right <= pair.Second.Left + 0.01, $"{pair.First} overlaps {pair.Second}: {string.Join(" | ", Runs(line).Select(r => $"{r.Text}@{r.Origin.X:0.00} e{Ink(r).Left:0.0}-{Ink(r).Right:0.0}"))}"));
                    }
                },
                iter: 200);

    // Hebrew, English, digits and punctuation as they meet in a talk's text.
    private static readonly string[] Words = ["שלום", "עולם", "גופר", "תודה,", "Go", "gophers", "concurrency", "2016.", "(42)", "—", "channels,", "ערוץ."];

    // Where a run's glyphs are: a right-to-left run draws its space first, on the left.
    private (double Left, double Right) Ink(GlyphRun run)
    {
        var face = _theme.Fonts.Book[run.Face];
        var whole = TextShaper.Shape(face, run.Size, run.Text).Width * run.HorizontalScale;
        var word = TextShaper.Shape(face, run.Size, run.Text.TrimEnd(' ')).Width * run.HorizontalScale;
        var rightToLeft = run.Text.Any(c => c is >= '\u0590' and <= '\u08FF');
        return rightToLeft ? (run.Origin.X + whole - word, run.Origin.X + whole) : (run.Origin.X, run.Origin.X + word);
    }

    // Where a run's pen ends: a right-to-left word's space is drawn on its left, so the whole text counts.
    private double Edge(GlyphRun run) => run.Origin.X + (TextShaper.Shape(_theme.Fonts.Book[run.Face], run.Size, run.Text).Width * run.HorizontalScale);

    public void Dispose()
    {
        _theme.Dispose();
        _folder.Dispose();
    }
}
