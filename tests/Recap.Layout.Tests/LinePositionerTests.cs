using Recap.Layout.Inline;

namespace Recap.Layout.Tests;

public sealed class LinePositionerTests
{
    [Fact]
    public void Justifies_every_line_but_the_last_to_the_measure()
    {
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing);
        var widths = LineWidths.Uniform(160);
        var result = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);

        var lines = LinePositioner.Position(paragraph.Items.AsSpan(), result.Breakpoints, widths);

        Assert.Equal(result.Lines.Count, lines.Count);
        foreach (var line in lines.SkipLast(1))
        {
            Assert.Equal(160, line.Width, 9);
            Assert.Equal(0, line.Items[0].X);
            var last = line.Items[^1];
            Assert.Equal(160, last.X + last.Width, 9);
        }

        // The last line keeps natural spaces; the paragraph's closing glue takes the rest.
        var final = lines[^1];
        var spaces = final.Items.Where(p => paragraph.Items[p.Index].Kind == ItemKind.Glue && double.IsFinite(paragraph.Items[p.Index].Stretch));
        Assert.All(spaces, s => Assert.Equal(5, s.Width));
        Assert.Equal(160, final.Width, 9);
    }

    [Fact]
    public void Places_boxes_left_to_right_without_overlap_and_ends_hyphenated_lines_with_the_hyphen()
    {
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing);
        var widths = LineWidths.Uniform(160);
        var result = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);

        var lines = LinePositioner.Position(paragraph.Items.AsSpan(), result.Breakpoints, widths);

        for (var i = 0; i < lines.Count; i++)
        {
            var placed = lines[i].Items;
            for (var j = 1; j < placed.Count; j++)
            {
                Assert.True(placed[j].Index > placed[j - 1].Index);
                Assert.Equal(placed[j - 1].X + placed[j - 1].Width, placed[j].X, 9);
            }

            Assert.Equal(ItemKind.Box, paragraph.Items[placed[0].Index].Kind);
            if (result.Lines[i].Hyphenated && paragraph.Items[result.Lines[i].Break].Width > 0)
            {
                Assert.Equal(result.Lines[i].Break, placed[^1].Index);
                Assert.Equal(5, placed[^1].Width);
            }
        }
    }

    [Fact]
    public void Keeps_ragged_right_spaces_natural()
    {
        var paragraph = TestParagraphs.Build(TestParagraphs.FrogKing, ragged: true);
        var widths = LineWidths.Uniform(200);
        var result = LineBreaker.Break(paragraph.Items.AsSpan(), widths, BreakOptions.Default);

        var lines = LinePositioner.Position(paragraph.Items.AsSpan(), result.Breakpoints, widths);

        var texts = paragraph.LineTexts(result.Breakpoints);
        var textEnds = new List<double>();
        for (var i = 0; i < lines.Count; i++)
        {
            var boxes = lines[i].Items.Where(p => paragraph.Items[p.Index].Kind == ItemKind.Box).ToArray();
            // With 5-unit characters and 5-unit spaces, the last box ends exactly at the text's length.
            textEnds.Add(boxes[^1].X + boxes[^1].Width);
            Assert.Equal(texts[i].Length * 5, textEnds[^1], 9);
            Assert.True(lines[i].Width <= 200 + 1e-9);
        }

        // The right edge is ragged: lines end at different places, short of the measure.
        Assert.True(textEnds.SkipLast(1).Distinct().Count() > 3);
        Assert.Contains(textEnds.SkipLast(1), end => end < 200 - 10);
    }

    [Fact]
    public void Sets_an_overfull_line_at_full_shrink()
    {
        var items = new[] { Item.Box(30), Item.Glue(10, 5, 4), Item.Box(30), Item.NoBreak(), Item.Glue(0, double.PositiveInfinity, 0), Item.ForcedBreak() };

        var line = Assert.Single(LinePositioner.Position(items, [items.Length - 1], LineWidths.Uniform(50)));

        Assert.Equal(-1, line.Ratio);
        Assert.Equal(66, line.Width);
        Assert.Equal(6, line.Items[1].Width);
    }
}
