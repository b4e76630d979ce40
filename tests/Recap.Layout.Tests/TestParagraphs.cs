using Recap.Layout.Hyphenation;
using Recap.Layout.Inline;

namespace Recap.Layout.Tests;

/// <summary>Paragraphs set in a fixed-width "font": every character 5 units, spaces 5 +3 −2.</summary>
internal static class TestParagraphs
{
    public const double CharWidth = 5;

    public static string FixturesFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PatternsFolder => Path.Combine(FixturesFolder, "hyphenation");

    public static Hyphenator EnUs { get; } = Hyphenator.Load(Path.Combine(PatternsFolder, "hyph_en_US.dic"));

    public static ParagraphSpacing Spacing { get; } = new(5, 3, 2);

    public static double Measure(string text) => text.Length * CharWidth;

    public static ParagraphItems Build(string text, bool hyphenate = true, bool ragged = false, BreakOptions? options = null) =>
        ParagraphItems.Build(
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Measure,
            Spacing with { RaggedRight = ragged },
            options ?? BreakOptions.Default,
            hyphenate ? EnUs : null);

    public static IReadOnlyList<string> Lines(ParagraphItems paragraph, BreakResult result) => paragraph.LineTexts(result.Breakpoints);

    /// <summary>The longest run of consecutive lines that end with a hyphen.</summary>
    public static int LongestHyphenRun(BreakResult result)
    {
        int run = 0, longest = 0;
        foreach (var line in result.Lines)
        {
            run = line.Hyphenated ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    public const string FrogKing =
        "In olden times when wishing still helped one, there lived a king whose daughters were all beautiful; "
        + "and the youngest was so beautiful that the sun itself, which has seen so many things, was astonished "
        + "whenever it shone in her face. Close by the king's castle lay a great dark forest, and under an old "
        + "lime-tree in the forest was a well, and when the day was very warm, the king's child went out into "
        + "the forest and sat down by the side of the cool fountain; and when she was bored she took a golden "
        + "ball, and threw it up on high and caught it; and this ball was her favorite plaything.";
}
