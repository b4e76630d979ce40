using Recap.Frames;
using Recap.Layout.Inline;
using Recap.Model;
using static Recap.Layout.Tests.InlineTestKit;

namespace Recap.Layout.Tests;

/// <summary>Issue 15: font expansion, protrusion, ties and breaks inside code, read from set lines.</summary>
public sealed class JustificationTests
{
    [Theory]
    [InlineData(0.3, 0.005)] // 0.3 × 2 % = 0.6 %, to the nearest half per cent
    [InlineData(0.9, 0.02)]
    [InlineData(4.0, 0.02)] // never past the limit, however loose the line
    [InlineData(-0.2, -0.005)] // a shrinking line rounds away from zero, so its spaces need not shrink past their limit
    [InlineData(-3.0, -0.02)]
    [InlineData(0.1, 0)]
    public void Issue0015_a_lines_expansion_is_its_ratio_of_the_limit_in_steps(double ratio, double expected)
    {
        Assert.Equal(expected, FontExpansion.ForLine(ratio, 0.02, 0.02, 0.005), 9);
    }

    [Fact]
    public void Issue0015_expanded_boxes_leave_the_spaces_nearer_their_natural_width()
    {
        // Four boxes of 40 and three spaces of 5 (stretch 2.5): 175 wide, set to 180.
        Item[] Items(double expansion) =>
        [
            Item.Box(40, 40 * expansion, 40 * expansion), Item.Glue(5, 2.5, 1.25),
            Item.Box(40, 40 * expansion, 40 * expansion), Item.Glue(5, 2.5, 1.25),
            Item.Box(40, 40 * expansion, 40 * expansion), Item.Glue(5, 2.5, 1.25),
            Item.Box(40, 40 * expansion, 40 * expansion), Item.Break(0, -Item.Infinity, false),
        ];
        var plain = Assert.Single(LinePositioner.Position(Items(0), [7], LineWidths.Uniform(180)));
        var expanded = Assert.Single(LinePositioner.Position(Items(0.02), [7], LineWidths.Uniform(180), 0.005));

        Assert.Equal(180, plain.Width, 9);
        Assert.Equal(180, expanded.Width, 9);
        Assert.Equal(0.01, expanded.Expansion, 9); // ratio 5 / (7.5 + 3.2) ≈ 0.47: 0.93 %, to the step 1 %
        Assert.Equal(40.4, expanded.Items[0].Width, 9);
        Assert.True(expanded.Items[1].Width < plain.Items[1].Width, "spaces stretch less when the glyphs widen");
    }

    [Fact]
    public void Issue0015_justified_glyphs_widen_or_narrow_by_at_most_two_per_cent_and_ragged_ones_never()
    {
        var (justified, _, _) = Set([T(Prose)], ParagraphFormat.Body(Theme));
        var (ragged, _, _) = Set([T(Prose)], ParagraphFormat.Body(Theme) with { Alignment = ParagraphAlignment.RaggedRight });

        var scales = justified.SkipLast(1).SelectMany(Runs).Select(r => r.HorizontalScale).ToList();
        Assert.All(scales, s => Assert.InRange(s, 0.98 - 1e-9, 1.02 + 1e-9));
        Assert.Contains(scales, s => s != 1);
        Assert.All(scales, s => Assert.Equal(0, Math.Round((s - 1) / 0.005, 6) % 1)); // in steps of 0.5 %
        Assert.All(justified[^1].Runs, r => Assert.Equal(1, r.HorizontalScale));
        Assert.All(ragged.SelectMany(Runs), r => Assert.Equal(1, r.HorizontalScale));
    }

    [Fact]
    public void Issue0015_a_comma_or_hyphen_ending_a_justified_line_hangs_into_the_margin_and_a_letter_does_not()
    {
        var format = ParagraphFormat.Body(Theme);
        var (lines, _, _) = Set([T(Prose)], format);

        var hanging = 0;
        foreach (var line in lines.SkipLast(1))
        {
            var last = TextRuns(line).MaxBy(r => r.Origin.X)!;
            var right = Right(last);
            if (char.IsLetter(last.Text[^1]))
            {
                Assert.Equal(format.Measure, right, 3);
            }
            else if (last.Text[^1] is ',' or '.' or '-')
            {
                // Hangs by a share of the character (0.7 of a full stop, half a comma or hyphen).
                Assert.InRange(right - format.Measure, 0.3, MaxHang);
                hanging++;
            }
        }

        Assert.True(hanging > 0, "no line ended in punctuation or a hyphen");
    }

    [Fact]
    public void Issue0015_no_more_than_two_lines_in_a_row_end_in_a_hyphen_of_any_kind()
    {
        // Compounds and addresses break at their own hyphens; those count as much as added ones.
        var text = string.Concat(Enumerable.Repeat(
            "The well-known state-of-the-art build-time cache at https://go.dev/long-lived-queues/trade-offs-and-back-pressure "
            + "was co-designed with the run-time team, see https://example.org/a-very-long-hyphenated-path-name-here and re-read it. ", 6));
        foreach (var measure in new[] { 100.0, 130, 160 })
        {
            var (lines, _, _) = Set([T(text)], ParagraphFormat.Body(Theme) with { Measure = measure });

            var run = 0;
            foreach (var line in lines)
            {
                var last = TextRuns(line).MaxBy(r => r.Origin.X)!.Text;
                run = last.EndsWith('-') ? run + 1 : 0;
                Assert.True(run <= 2, $"three lines in a row end in a hyphen at measure {measure}, the third '{LineText(line)}'");
            }
        }
    }

    [Theory]
    [InlineData("400 ms")]
    [InlineData("2.3 s.")]
    [InlineData("Fig. 3")]
    [InlineData("p. 12")]
    [InlineData("D. E.")]
    public void Issue0015_no_line_breaks_inside_a_tie(string tie)
    {
        var filler = "The measured latency was reported as ";
        var text = string.Concat(Enumerable.Repeat(filler + tie + " in the appendix of the talk; ", 12));
        foreach (var measure in new[] { 90.0, 120, 150, 200 })
        {
            var (lines, _, _) = Set([T(text)], ParagraphFormat.Body(Theme) with { Measure = measure });
            var first = tie.Split(' ')[0];
            foreach (var line in lines)
            {
                Assert.False(LineText(line).EndsWith(" " + first, StringComparison.Ordinal), $"'{LineText(line)}' ends inside '{tie}' at measure {measure}");
            }
        }
    }

    [Fact]
    public void Issue0015_inline_code_breaks_at_identifier_boundaries_without_a_hyphen()
    {
        var content = new Model.Inline[]
        {
            T("Call "),
            new InlineCode(Source, "runtime.SetFinalizerForTheConnectionPool_withRetries(pool)"),
            T(" before the server starts, and "),
            new InlineCode(Source, "net/http/httputil.NewSingleHostReverseProxy"),
            T(" afterwards, so that every request is proxied."),
        };
        var format = ParagraphFormat.Body(Theme) with { Measure = 150 };
        var (lines, _, _) = Set(content, format);

        Assert.All(lines, l => Assert.True(l.Width <= format.Measure + MaxHang, $"'{LineText(l)}' overflows"));
        var mono = Theme.Fonts.Mono.Primary;
        var endingInCode = lines.SkipLast(1).Where(l => ReferenceEquals(Face(TextRuns(l).MaxBy(r => r.Origin.X)!), mono)).ToList();
        Assert.NotEmpty(endingInCode); // the code broke inside itself, at a boundary
        Assert.DoesNotContain(endingInCode, l => l.Hyphenated);
    }
}
