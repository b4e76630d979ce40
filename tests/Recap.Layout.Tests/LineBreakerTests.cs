using Recap.Layout.Inline;

namespace Recap.Layout.Tests;

public sealed class LineBreakerTests
{
    public static TheoryData<LayoutFixture> FrogKingFixtures => new(LayoutFixture.Read("frog-king.txt"));

    [Theory]
    [MemberData(nameof(FrogKingFixtures))]
    public void Sets_the_frog_king_as_the_fixture_says(LayoutFixture fixture)
    {
        var paragraph = TestParagraphs.Build(fixture.Text, fixture.Hyphenate, fixture.Ragged);
        var options = BreakOptions.Default with { EmergencyStretch = fixture.EmergencyStretch };

        var result = LineBreaker.Break(paragraph.Items.AsSpan(), fixture.Widths, options);

        Assert.Equal(fixture.ExpectedLines, TestParagraphs.Lines(paragraph, result));
        Assert.Equal(fixture.ExpectedPass, result.Pass);
        var texts = TestParagraphs.Lines(paragraph, result);
        for (var i = 0; i < texts.Count; i++)
        {
            // Natural width minus full shrink fits: fixed-width characters make this checkable by counting.
            var spaces = texts[i].Count(c => c == ' ');
            Assert.True(texts[i].Length * TestParagraphs.CharWidth - spaces * TestParagraphs.Spacing.SpaceShrink <= fixture.Widths[i],
                $"line {i} \"{texts[i]}\" is too long for {fixture.Widths[i]}");
        }
    }

    [Fact]
    public void Total_fit_beats_first_fit()
    {
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing, hyphenate: false);
        var widths = LineWidths.Uniform(200);

        var total = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);
        var first = FirstFitBreaker.Break(paragraph.Items.AsSpan(), widths);

        // Greedy filling leaves "it; and this ball was her favorite" very loose (r = 1.67, badness 463);
        // total fit finds breaks with every line within the pretolerance.
        var firstBadness = first.Lines.Select(l => LineBreakerBadness(l.Ratio)).ToArray();
        var totalBadness = total.Lines.Select(l => LineBreakerBadness(l.Ratio)).ToArray();
        Assert.Contains(first.Lines, l => l.Fitness == FitnessClass.VeryLoose);
        Assert.True(firstBadness.Max() > BreakOptions.Default.Tolerance);
        Assert.True(totalBadness.Max() <= BreakOptions.Default.Pretolerance);
        Assert.True(totalBadness.Sum() < firstBadness.Sum());
        Assert.Equal(BreakPass.Pretolerance, total.Pass);
    }

    [Fact]
    public void Breaks_where_forced_and_never_where_forbidden()
    {
        // "aaa bbb" <forced> <forced> "ccc~ddd eee": a hard break, an empty line, and a non-breaking space.
        var items = new List<Item>();
        void Word(int letters) => items.Add(Item.Box(letters * 5));
        void Space() => items.Add(Item.Glue(5, 3, 2));
        Word(3); Space(); Word(3);
        items.Add(Item.ForcedBreak());
        items.Add(Item.ForcedBreak());
        Word(3); items.Add(Item.NoBreak()); Space(); Word(3); Space(); Word(3);
        items.AddRange([Item.NoBreak(), Item.Glue(0, double.PositiveInfinity, 0), Item.ForcedBreak()]);

        var result = LineBreaker.Break(items.ToArray(), LineWidths.Uniform(40), BreakOptions.Default);

        // 40 units hold "ccc ddd" (35) but not "ccc ddd eee": the only legal break is after "ddd".
        Assert.Equal([3, 4, 9, items.Count - 1], result.Breakpoints);
        Assert.All(result.Lines, l => Assert.False(l.IsOverfull));
    }

    [Fact]
    public void Never_overfills_a_line_of_random_text()
    {
        var random = new Random(4);
        var vocabulary = TestParagraphs.FrogKing.Split(' ')
            .Concat(["representation", "implementation", "documentation", "observability", "concurrency"]).ToArray();
        foreach (var width in new[] { 75.0, 90, 120, 150, 200, 333 })
        {
            for (var round = 0; round < 20; round++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 80).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
                foreach (var ragged in new[] { false, true })
                {
                    var paragraph = TestParagraphs.Build(text, ragged: ragged);
                    var widths = LineWidths.Uniform(width);
                    var result = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);
                    var lines = LinePositioner.Position(paragraph.Items.AsSpan(), result.Breakpoints, widths);

                    Assert.Empty(result.OverfullLines);
                    Assert.All(lines, line => Assert.True(line.Width <= width + 1e-9, $"{line.Width} > {width} in \"{text}\""));
                    Assert.True(TestParagraphs.LongestHyphenRun(result) <= 2);
                }
            }
        }
    }

    [Fact]
    public void Varying_widths_from_a_function_match_the_same_widths_from_a_list()
    {
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing);
        var fromList = LineBreaker.Break(paragraph.Items.AsSpan(), LineWidths.Of(120, 160, 200), BreakOptions.Default);
        var fromFunction = LineBreaker.Break(paragraph.Items.AsSpan(), LineWidths.FromFunction(i => i switch { 0 => 120, 1 => 160, _ => 200 }), BreakOptions.Default);

        Assert.Equal(fromList.Breakpoints, fromFunction.Breakpoints);
        var lines = TestParagraphs.Lines(paragraph, fromList);
        Assert.True(lines[0].Length * 5 <= 120 + 2 * lines[0].Count(c => c == ' '));
        Assert.True(lines[1].Length * 5 > 120, "the second line uses its wider measure");
    }

    [Fact]
    public void Hyphenates_only_when_needed()
    {
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing);

        var wide = LineBreaker.Break(paragraph.Items.AsSpan(), LineWidths.Uniform(200), BreakOptions.Default);
        var narrow = LineBreaker.Break(paragraph.Items.AsSpan(), LineWidths.Uniform(160), BreakOptions.Default);

        Assert.Equal(BreakPass.Pretolerance, wide.Pass);
        Assert.DoesNotContain(wide.Lines, l => l.Hyphenated);
        Assert.Equal(BreakPass.Tolerance, narrow.Pass);
        Assert.Contains(narrow.Lines, l => l.Hyphenated);
    }

    [Fact]
    public void Avoids_a_hyphen_before_the_last_line()
    {
        // At 155 units the best breaks without the final-hyphen demerits split "play-thing".
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing);
        var widths = LineWidths.Uniform(155);

        var careless = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default with { FinalHyphenDemerits = 0 });
        var careful = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);

        Assert.True(careless.Lines[^2].Hyphenated);
        Assert.False(careful.Lines[^2].Hyphenated);
        Assert.Equal(BreakPass.Tolerance, careful.Pass);
    }

    [Fact]
    public void Never_sets_three_hyphenated_lines_in_a_row()
    {
        const string text = "the representation of communication and documentation in implementation of independent "
            + "information requires observability of concurrency in the deployment";
        var paragraph = TestParagraphs.Build(text);
        var widths = LineWidths.Uniform(80);
        var noDiscouragement = BreakOptions.Default with { DoubleHyphenDemerits = 0 };

        var unlimited = LineBreaker.Break(paragraph.Items.AsSpan(), widths, noDiscouragement with { ConsecutiveHyphenLimit = 0 });
        var limited = LineBreaker.Break(paragraph.Items.AsSpan(), widths, noDiscouragement);

        Assert.True(TestParagraphs.LongestHyphenRun(unlimited) >= 3);
        Assert.Equal(2, TestParagraphs.LongestHyphenRun(limited));
        Assert.Empty(limited.OverfullLines);
    }

    [Fact]
    public void Stretches_in_an_emergency_before_giving_up_on_tolerance()
    {
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing);
        var widths = LineWidths.Uniform(120);

        var plain = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);
        var emergency = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default with { EmergencyStretch = 20 });

        Assert.Equal(BreakPass.Forced, plain.Pass);
        Assert.False(plain.WithinTolerance);
        Assert.Empty(plain.OverfullLines);
        Assert.Equal(BreakPass.EmergencyStretch, emergency.Pass);
        Assert.True(emergency.WithinTolerance);
        Assert.True(emergency.Demerits < plain.Demerits);
    }

    [Fact]
    public void Reports_an_unbreakable_token_wider_than_the_measure_as_overfull()
    {
        var paragraph = TestParagraphs.Build("see https://example.com/a/very/long/path/that/never/ends for the details of it");
        var widths = LineWidths.Uniform(100);

        var result = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);
        var lines = TestParagraphs.Lines(paragraph, result);

        Assert.Equal(BreakPass.Forced, result.Pass);
        var overfull = Assert.Single(result.OverfullLines);
        Assert.Equal("https://example.com/a/very/long/path/that/never/ends", lines[overfull]);
        Assert.Equal(52 * 5 - 100, result.Lines[overfull].Overflow);
        Assert.All(lines.Where((_, i) => i != overfull), line => Assert.True(line.Length * 5 <= 100 + 2 * line.Count(c => c == ' ')));
    }

    [Fact]
    public void Looseness_adds_a_line_when_it_can()
    {
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing);
        var widths = LineWidths.Uniform(200);

        var normal = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);
        var looser = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default with { Looseness = 1 });

        Assert.Equal(normal.Lines.Count + 1, looser.Lines.Count);
    }

    [Fact]
    public void Requires_a_final_forced_break()
    {
        Assert.Throws<ArgumentException>(() => LineBreaker.Break(new[] { Item.Box(5) }, LineWidths.Uniform(10), BreakOptions.Default));
        Assert.Empty(LineBreaker.Break([], LineWidths.Uniform(10), BreakOptions.Default).Lines);
    }

    private static double LineBreakerBadness(double ratio) =>
        double.IsInfinity(ratio) ? 10000 : Math.Min(10000, 100 * Math.Abs(Math.Pow(ratio, 3)));
}
