using Recap.Frames;
using Recap.Layout.Code;
using Recap.Model;
using Recap.Model.Diagnostics;
using static Recap.Layout.Tests.InlineTestKit;

namespace Recap.Layout.Tests;

public sealed class CodeLayouterTests
{
    private const double Width = 200;

    private const string GoSource =
        "package main\n" +
        "\n" +
        "import \"fmt\"\n" +
        "\n" +
        "// main greets the meetup; this comment is long enough that it has to wrap at the measure.\n" +
        "func main() {\n" +
        "\tcount := 42\n" +
        "\tfor i := 0; i < count; i++ {\n" +
        "\t\tfmt.Println(\"hello, gophers\", i, len(\"a string literal that certainly runs past the measure\"))\n" +
        "\t}\n" +
        "}\n";

    [Fact]
    public void Every_character_comes_back_with_tabs_as_spaces()
    {
        var lines = Set(GoSource, "go");

        var expected = GoSource.TrimEnd('\n').Split('\n').Select(Expand).ToList();
        Assert.Equal(expected, SourceLines(lines));
    }

    [Fact]
    public void Long_lines_wrap_within_the_width_with_a_drawn_continuation_mark()
    {
        var lines = Set(GoSource, "go");

        Assert.True(lines.Count > GoSource.Count(c => c == '\n'));
        foreach (var line in lines)
        {
            Assert.True(line.Width <= Width + 1e-6);
            Assert.All(line.Runs, r => Assert.True(Right(r) <= Width + 1e-6, $"'{r.Text}' ends at {Right(r)}"));
        }

        var marked = lines.Where(l => l.Items.OfType<ShapeItem>().Any()).ToList();
        Assert.True(marked.Count >= 2);
        foreach (var line in marked)
        {
            var mark = Assert.Single(line.Items.OfType<ShapeItem>());
            Assert.Null(mark.Element);
            Assert.Equal(Theme.MutedColor, mark.Stroke!.Value.Color);
            var textEnd = line.Runs.Max(Right);
            Assert.All(mark.Path.Segments.Where(s => s.Kind != PathSegmentKind.Close), s => Assert.InRange(s.To.X, textEnd, Width));
        }

        Assert.All(lines, l => Assert.Equal(Theme.Fonts.Mono.Primary.ToPoints(Theme.Fonts.Mono.Primary.Ascender, Theme.CodeSize), l.Ascent, 6));
    }

    [Fact]
    public void Issue0018_continuations_hang_a_tab_stop_under_the_lines_own_indentation()
    {
        var lines = Set(GoSource, "go");
        var mono = Theme.Fonts.Mono.Primary;
        Assert.True(mono.TryGetGlyph(' ', out var space));
        var column = mono.ToPoints(mono.GetGlyphAdvance(space), Theme.CodeSize);

        // The Println line is indented two tabs (8 columns) and wraps: each continuation starts 4 columns further in.
        var first = lines.Select((l, i) => (Line: l, Index: i)).First(l => string.Concat(l.Line.Runs.Select(r => r.Text)).Contains("fmt.Println", StringComparison.Ordinal));
        Assert.NotEmpty(first.Line.Items.OfType<ShapeItem>());
        var continuations = lines.Skip(first.Index + 1).TakeWhile((_, k) => k == 0 || lines[first.Index + k].Items.OfType<ShapeItem>().Any()).ToList();
        Assert.NotEmpty(continuations);
        foreach (var line in continuations)
        {
            Assert.Equal(12 * column, line.Runs.Min(r => r.Origin.X), 3);
            Assert.True(line.Width <= Width + 1e-6);
        }

        // A line that does not wrap starts at its own indentation, as written.
        var unwrapped = lines.First(l => string.Concat(l.Runs.Select(r => r.Text)).StartsWith("    count", StringComparison.Ordinal));
        Assert.Equal(0, unwrapped.Runs.Min(r => r.Origin.X), 3);
    }

    [Theory]
    [InlineData("\tticks := float64(end-start) / C.CLOCKS_PER_SEC * time.SecondsPerMinute", "CLOCKS_PER_SEC")]
    [InlineData("\treturn NewRetryingRoundTripper(base, maximumAttemptsBeforeGivingUp)", "NewRetryingRoundTripper(")]
    public void Issue0018_a_wrapped_line_breaks_between_tokens_before_it_splits_an_identifier(string code, string whole)
    {
        var lines = Set(code, "go");
        Assert.True(lines.Count > 1);
        var texts = lines.Select(l => string.Concat(l.Runs.OrderBy(r => r.Origin.X).Select(r => r.Text))).ToList();
        Assert.Equal(Expand(code), string.Concat(texts));
        Assert.Contains(texts, t => t.Contains(whole, StringComparison.Ordinal));
        foreach (var (before, after) in texts.Zip(texts.Skip(1)))
        {
            // Never inside a word: between tokens, or where no token boundary is late enough, at a camelCase hump.
            var (last, next) = (before[^1], after[0]);
            Assert.False(char.IsLetterOrDigit(last) && char.IsLetterOrDigit(next) && !(char.IsLower(last) && char.IsUpper(next)), $"'{before}' | '{after}'");
        }
    }

    [Fact]
    public void Go_is_highlighted_with_theme_colours()
    {
        var runs = Set(GoSource, "go").SelectMany(l => l.Runs).ToList();

        var func = Assert.Single(runs, r => r.Text == "func");
        Assert.Equal(Theme.AccentColor, func.Color);
        Assert.Same(Theme.Fonts.MonoBold.Primary, Face(func));
        var comment = runs.First(r => r.Text.StartsWith("// main", StringComparison.Ordinal));
        Assert.Equal(Theme.MutedColor, comment.Color);
        Assert.Same(Theme.Fonts.MonoItalic.Primary, Face(comment));
        var literal = Assert.Single(runs, r => r.Text == "\"hello, gophers\"");
        Assert.NotEqual(Theme.TextColor, literal.Color);
        Assert.Equal(Theme.AccentColor, Assert.Single(runs, r => r.Text == "len").Color);
        Assert.Equal(literal.Color, Assert.Single(runs, r => r.Text == "42").Color);
        Assert.All(runs, r => Assert.Equal(Theme.CodeSize, r.Size));
    }

    [Fact]
    public void Other_languages_are_set_plain()
    {
        var runs = Set("func main() { return \"x\" } // note", "rust").SelectMany(l => l.Runs).ToList();

        var run = Assert.Single(runs);
        Assert.Equal(Theme.TextColor, run.Color);
        Assert.Same(Theme.Fonts.Mono.Primary, Face(run));
    }

    [Fact]
    public void The_tokenizer_keeps_comments_and_raw_strings_across_lines()
    {
        const string code = "/* a\nfunc */ x := `raw\nfunc` + 0x1F";
        var kinds = GoHighlighter.Classify(code);

        Assert.Equal(CodeTokenKind.Comment, kinds[code.IndexOf("func */", StringComparison.Ordinal)]);
        Assert.Equal(CodeTokenKind.String, kinds[code.IndexOf("func`", StringComparison.Ordinal)]);
        Assert.Equal(CodeTokenKind.Number, kinds[code.IndexOf("0x1F", StringComparison.Ordinal) + 3]);
        Assert.Equal(CodeTokenKind.Plain, kinds[code.IndexOf('x')]);
    }

    [Fact]
    public void A_character_no_mono_face_has_is_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var layouter = new CodeLayouter(Theme, diagnostics);
        var source = new SourceSpan("talks/hello.md", 20, 1);

        var lines = layouter.Layout("fmt.Println(\"世\")", "go", Width, new StructureElement(StructureKind.Code), source);

        Assert.Single(lines);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(source, warning.Source);
        Assert.Contains("U+4E16", warning.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Inline.LineBox> Set(string code, string language) =>
        new CodeLayouter(Theme).Layout(code, language, Width, new StructureElement(StructureKind.Code));

    /// <summary>The text of each source line: a line with a continuation mark runs on into the next box.</summary>
    private static List<string> SourceLines(IReadOnlyList<Inline.LineBox> lines)
    {
        var result = new List<string>();
        var current = "";
        foreach (var line in lines)
        {
            current += string.Concat(line.Runs.OrderBy(r => r.Origin.X).Select(r => r.Text));
            if (!line.Items.OfType<ShapeItem>().Any())
            {
                result.Add(current);
                current = "";
            }
        }

        return result;
    }

    private static string Expand(string line)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in line)
        {
            text.Append(c == '\t' ? new string(' ', 4 - (text.Length % 4)) : c.ToString());
        }

        return text.ToString();
    }
}
