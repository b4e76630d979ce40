using CsCheck;
using Recap.Layout.Inline;

namespace Recap.Layout.Tests;

/// <summary>
/// The breaker against <see cref="ExhaustiveBreaker"/>: on generated short paragraphs and on the
/// frog-king fixture, the lines it chooses have the least total demerits any break sequence has,
/// in the first pass that can set the paragraph at all.
/// </summary>
public sealed class LineBreakerOracleTests
{
    [Fact]
    public void Total_demerits_are_the_exhaustive_minimum_on_short_paragraphs()
    {
        const int Cases = 2000;
        var withinTolerance = 0;
        Paragraphs.Sample(
            p =>
            {
                var result = LineBreaker.Break(p.Items.AsSpan(), p.Widths, p.Options);
                AssertOptimal(p.Items, p.Widths, p.Options, result);
                if (result.WithinTolerance)
                {
                    Interlocked.Increment(ref withinTolerance);
                }
            },
            iter: Cases,
            print: p => p.ToString());

        // Many cases must be settable, or the comparison of demerits would rarely happen.
        Assert.True(withinTolerance > Cases / 4, $"only {withinTolerance} of {Cases} paragraphs could be set within tolerance");
    }

    [Theory]
    [MemberData(nameof(LineBreakerTests.FrogKingFixtures), MemberType = typeof(LineBreakerTests))]
    public void The_frog_king_fixture_lines_have_the_exhaustive_minimum_of_demerits(LayoutFixture fixture)
    {
        var paragraph = TestParagraphs.Build(fixture.Text, fixture.Hyphenate, fixture.Ragged);
        var options = BreakOptions.Default with { EmergencyStretch = fixture.EmergencyStretch };

        var result = LineBreaker.Break(paragraph.Items.AsSpan(), fixture.Widths, options);

        Assert.Equal(fixture.ExpectedLines, TestParagraphs.Lines(paragraph, result));
        AssertOptimal(paragraph.Items, fixture.Widths, options, result);
    }

    /// <summary>
    /// The result comes from the first pass the reference can set the paragraph in, with that
    /// pass's least total demerits, and its own breaks cost what it says; when no pass can, the
    /// breaker admits it (a forced pass).
    /// </summary>
    private static void AssertOptimal(IReadOnlyList<Item> items, LineWidths widths, BreakOptions options, BreakResult result)
    {
        var passes = new List<(BreakPass Pass, ExhaustiveBreaker Reference)>();
        if (options.Pretolerance >= 0)
        {
            passes.Add((BreakPass.Pretolerance, new ExhaustiveBreaker(items, widths, options, options.Pretolerance, hyphens: false)));
        }

        passes.Add((BreakPass.Tolerance, new ExhaustiveBreaker(items, widths, options, options.Tolerance, hyphens: true)));
        if (options.EmergencyStretch > 0)
        {
            passes.Add((BreakPass.EmergencyStretch, new ExhaustiveBreaker(items, widths, options, options.Tolerance, hyphens: true, options.EmergencyStretch)));
        }

        foreach (var (pass, reference) in passes)
        {
            if (reference.Minimum() is { } minimum)
            {
                Assert.Equal(pass, result.Pass);
                Assert.Equal(minimum, result.Demerits, Tolerance(minimum));
                var cost = reference.Cost(result.Breakpoints);
                Assert.True(cost is not null, $"the breaks {string.Join(",", result.Breakpoints)} are not feasible in the {pass} pass");
                Assert.Equal(minimum, cost.Value, Tolerance(minimum));
                return;
            }
        }

        Assert.Equal(BreakPass.Forced, result.Pass);
    }

    // Sums of squares in another order: equal to a few units in the last place.
    private static double Tolerance(double demerits) => 1e-9 * Math.Max(1, Math.Abs(demerits));

    /// <summary>A generated paragraph with the measure and options to break it with.</summary>
    public sealed record Paragraph(Item[] Items, LineWidths Widths, double FirstWidth, double Width, BreakOptions Options)
    {
        public override string ToString() =>
            $"widths {FirstWidth},{Width}; tolerance {Options.Tolerance}, pretolerance {Options.Pretolerance}, limit {Options.ConsecutiveHyphenLimit}:\n"
            + string.Join("\n", Items.Select(i => i.Kind switch
            {
                ItemKind.Box => $"box {i.Width}",
                ItemKind.Glue => $"glue {i.Width} +{i.Stretch} -{i.Shrink}",
                _ => $"penalty {i.Penalty} width {i.Width}{(i.Flagged ? " flagged" : "")}",
            }));
    }

    /// <summary>
    /// Two to seven words of one or two pieces (a discretionary or explicit hyphen between them),
    /// each followed by glue, sometimes after a penalty; the usual end (no break, fill, forced break);
    /// a first line as wide as the rest or not; TeX's options, some varied.
    /// Pieces are at least as wide as a hyphen: the breaker, like TeX, gives up on a line that is
    /// too long at a hyphen, which is exact only when what follows the hyphen is no narrower than it.
    /// </summary>
    private static readonly Gen<Item[]> Word =
        Gen.Select(Gen.Int[2, 8], Gen.Int[0, 3], Gen.Int[2, 8], Gen.Int[0, 100], Gen.Int[1, 2]).Select((first, kind, second, penalty, hyphen) => kind switch
        {
            0 => new[] { Item.Box(first), Item.Hyphen(hyphen, penalty), Item.Box(second) },
            1 => [Item.Box(first), Item.Box(hyphen), Item.Break(0, penalty, flagged: true), Item.Box(second)],
            _ => [Item.Box(first + second)],
        });

    private static readonly Gen<Item[]> Space =
        Gen.Select(Gen.Int[2, 4], Gen.Int[1, 3], Gen.Int[0, 2], Gen.Int[-200, 300], Gen.Int[0, 4]).Select((width, stretch, shrink, penalty, withPenalty) =>
            withPenalty == 0 ? new[] { Item.Break(0, penalty, flagged: false), Item.Glue(width, stretch, shrink) } : [Item.Glue(width, stretch, shrink)]);

    private static readonly Gen<Paragraph> Paragraphs =
        Gen.Select(Gen.Select(Word, Space).Array[1, 6], Word, Gen.Int[16, 40], Gen.Int[0, 8], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 2]))
            .Select((words, last, width, indent, choices) =>
            {
                var items = words.SelectMany(w => w.Item1.Concat(w.Item2)).Concat(last)
                    .Concat([Item.NoBreak(), Item.Glue(0, double.PositiveInfinity, 0), Item.ForcedBreak()]).ToArray();
                var options = BreakOptions.Default with
                {
                    Tolerance = new[] { 200.0, 1000, 10000, 100 }[choices.Item1],
                    Pretolerance = new[] { 100.0, -1, 50, 1000 }[choices.Item2],
                    ConsecutiveHyphenLimit = choices.Item3,
                };
                return new Paragraph(items, LineWidths.Of(width - indent, width), width - indent, width, options);
            });
}
