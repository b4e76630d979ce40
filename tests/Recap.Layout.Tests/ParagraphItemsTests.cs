using Recap.Layout.Inline;

namespace Recap.Layout.Tests;

public sealed class ParagraphItemsTests
{
    [Fact]
    public void Builds_words_spaces_hyphens_and_the_paragraph_end()
    {
        var paragraph = TestParagraphs.Build("a (beautiful; lime-tree");

        Assert.Equal(
            [
                "box a", "glue 5 3 2",
                "box (beau", "penalty 5 50 flagged", "box ti", "penalty 5 50 flagged", "box ful;", "glue 5 3 2",
                "box lime-", "penalty 0 50 flagged", "box tree",
                "penalty 0 10000", "glue 0 ∞ 0", "penalty 0 -10000",
            ],
            Describe(paragraph));
        Assert.Equal(["a (beautiful; lime-tree"], paragraph.LineTexts([paragraph.Items.Length - 1]));
    }

    [Fact]
    public void Indents_the_first_line_and_uses_the_given_penalties()
    {
        var options = BreakOptions.Default with { HyphenPenalty = 700, ExHyphenPenalty = 300 };
        var paragraph = ParagraphItems.Build(
            ["typesetting", "well-known"], TestParagraphs.Measure, TestParagraphs.Spacing with { Indent = 15 }, options, TestParagraphs.EnUs);

        Assert.Equal(
            ["box ", "box type", "penalty 5 700 flagged", "box set", "penalty 5 700 flagged", "box ting", "glue 5 3 2",
             "box well-", "penalty 0 300 flagged", "box known", "penalty 0 10000", "glue 0 ∞ 0", "penalty 0 -10000"],
            Describe(paragraph));
        Assert.Equal(15, paragraph.Items[0].Width);
    }

    [Fact]
    public void Builds_the_papers_ragged_right_sequences()
    {
        var paragraph = TestParagraphs.Build("to typesetting", ragged: true);

        Assert.Equal(
            ["box to", "glue 0 30 0", "penalty 0 0", "glue 5 -30 0",
             "box type", "penalty 0 10000", "glue 0 30 0", "penalty 5 50 flagged", "glue 0 -30 0",
             "box set", "penalty 0 10000", "glue 0 30 0", "penalty 5 50 flagged", "glue 0 -30 0",
             "box ting", "penalty 0 10000", "glue 0 ∞ 0", "penalty 0 -10000"],
            Describe(paragraph));
    }

    private static string[] Describe(ParagraphItems paragraph) =>
        paragraph.Items.Select((item, i) => item.Kind switch
        {
            ItemKind.Box => "box " + Text(paragraph, i),
            ItemKind.Glue => $"glue {item.Width} {(double.IsPositiveInfinity(item.Stretch) ? "∞" : item.Stretch)} {item.Shrink}",
            _ => $"penalty {item.Width} {item.Penalty}{(item.Flagged ? " flagged" : "")}",
        }).ToArray();

    private static string Text(ParagraphItems paragraph, int index)
    {
        var piece = paragraph.Pieces[index];
        return piece.Word < 0 ? "" : paragraph.Words[piece.Word].Substring(piece.Start, piece.Length);
    }
}
