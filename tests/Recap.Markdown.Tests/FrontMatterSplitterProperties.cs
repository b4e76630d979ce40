using System.Text;
using CsCheck;
using Recap.Markdown.FrontMatter;

namespace Recap.Markdown.Tests;

/// <summary>
/// The splitter walks the text in place; this holds it to the rule as first written (split into
/// line strings, body rebuilt line by line) for all inputs: every diagnostic's line number hangs on it.
/// </summary>
public sealed class FrontMatterSplitterProperties
{
    private static readonly Gen<string> Text =
        Gen.OneOf(
                Gen.OneOf("---", "...", "--- ", "---\r", "...\t", "----", " ---", "-- -", ".. .", "title: x", "", "a", "\r", " \t"),
                Gen.String[Gen.Char["-.\r \ta"], 0, 6])
            .Array[0, 8]
            .Select(Gen.Bool, (lines, endsWithNewline) => string.Join('\n', lines) + (endsWithNewline ? "\n" : ""));

    [Fact]
    public void The_split_is_the_line_by_line_rule_for_every_text() =>
        Text.Sample(text =>
        {
            var split = FrontMatterSplitter.Split(text);
            var expected = LineByLine(text, out var unclosed);
            Assert.Equal(expected with { Unclosed = unclosed }, split);
        }, iter: 20_000);

    [Fact]
    public void A_closing_fence_that_ends_the_file_leaves_the_body_its_lines()
    {
        var split = FrontMatterSplitter.Split("---\ntitle: T\n---");

        Assert.Equal(new FrontMatterSplit("title: T", 1, "\n\n", 4, Unclosed: false), split);
    }

    /// <summary>The rule as first written.</summary>
    private static FrontMatterSplit LineByLine(string text, out bool unclosed)
    {
        unclosed = false;
        var lines = text.Split('\n');
        if (lines.Length == 0 || !IsFence(lines[0], "---"))
        {
            return new FrontMatterSplit(null, 0, text, 1, Unclosed: false);
        }

        var close = Array.FindIndex(lines, 1, line => IsFence(line, "---") || IsFence(line, "..."));
        if (close < 0)
        {
            unclosed = true;
            return new FrontMatterSplit(null, 0, text, 1, Unclosed: false);
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > close)
            {
                body.Append(lines[i]);
            }

            if (i < lines.Length - 1)
            {
                body.Append('\n');
            }
        }

        return new FrontMatterSplit(yaml, 1, body.ToString(), close + 2, Unclosed: false);
    }

    private static bool IsFence(string line, string fence) => line.TrimEnd('\r', ' ', '\t') == fence;
}
