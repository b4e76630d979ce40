using System.Text;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Hyphenation;
using Recap.Layout.Inline;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Layout.Tests;

/// <summary>The default theme, the en-US patterns and helpers to read set lines back as text.</summary>
internal static class InlineTestKit
{
    public static Theme Theme { get; } = Theme.Load(RepoPaths.DefaultTheme, systemFonts: false);

    public static Hyphenator EnUs { get; } = Hyphenator.Load(Path.Combine(RepoPaths.DefaultTheme, "hyphenation", "hyph_en_US.dic"));

    public static SourceSpan Source { get; } = new("talks/test.md", 3, 1);

    public static Text T(string value) => new(Source, value);

    /// <summary>How far a character at a justified line's edge may hang into the margin: the theme hangs half a hyphen (Go's is 0.58 em), under 4 pt at the 11.9 pt body of A4.</summary>
    public const double MaxHang = 4;

    /// <summary>Whether the theme lets <paramref name="c"/> hang into the right margin at a line's end.</summary>
    public static bool HangsRight(char c) => ".,:;!?-–—’”)/".Contains(c, StringComparison.Ordinal);

    /// <summary>Whether the theme lets <paramref name="c"/> hang into the left margin at a line's start.</summary>
    public static bool HangsLeft(char c) => "-–—‘’“”(/".Contains(c, StringComparison.Ordinal);

    public static (IReadOnlyList<LineBox> Lines, DiagnosticBag Diagnostics, StructureElement Element) Set(
        IReadOnlyList<Model.Inline> content, ParagraphFormat format, Theme? theme = null)
    {
        var diagnostics = new DiagnosticBag();
        var layouter = new ParagraphLayouter(theme ?? Theme, EnUs, new MeasureCache(), diagnostics);
        var element = new StructureElement(StructureKind.P);
        return (layouter.Layout(content, format, element), diagnostics, element);
    }

    public static IEnumerable<GlyphRun> Runs(LineBox line) => line.Runs;

    /// <summary>
    /// The text runs of the line, without footnote marks (raised) and labels (left of the measure;
    /// a character protruding into the margin is less than a point left of it).
    /// </summary>
    public static IEnumerable<GlyphRun> TextRuns(LineBox line) => Runs(line).Where(r => r.Origin.Y == 0 && r.Origin.X > -1);

    /// <summary>A run's right edge: where its pen ends after its last inked glyph (a word's trailing space has no ink), widened by its font expansion.</summary>
    public static double Right(GlyphRun run) => run.Origin.X + (TextShaper.Shape(Face(run), run.Size, run.Text.TrimEnd(' ')).Width * run.HorizontalScale);

    /// <summary>The face a run is set in, from the default theme's font book.</summary>
    public static FontFace Face(GlyphRun run) => Theme.Fonts.Book[run.Face];

    /// <summary>
    /// The line's text: runs left to right, a space wherever they do not touch; the hyphen the
    /// breaker added is left out.
    /// </summary>
    public static string LineText(LineBox line)
    {
        var runs = TextRuns(line).OrderBy(r => r.Origin.X).ToList();
        if (line.Hyphenated)
        {
            runs.RemoveAt(runs.Count - 1);
        }

        var text = new StringBuilder();
        var end = double.NaN;
        foreach (var run in runs)
        {
            // A word's space is in its run's text; a gap after a run without one is a space too.
            if (text.Length > 0 && text[^1] != ' ' && run.Origin.X > end + 0.01)
            {
                text.Append(' ');
            }

            text.Append(run.Text);
            end = Right(run);
        }

        return text.ToString().TrimEnd(' ');
    }

    /// <summary>
    /// Every line's text rejoined: a line that ends with a hyphen (added, or the text's own, as in
    /// "run-time") runs into the next; other lines are separated by a space.
    /// </summary>
    public static string Rejoin(IReadOnlyList<LineBox> lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = LineText(lines[i]);
            text.Append(line);
            if (i < lines.Count - 1 && !lines[i].Hyphenated && !line.EndsWith('-'))
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    /// <summary>Whether the line after <paramref name="line"/> continues a word begun on it.</summary>
    public static bool EndsInsideWord(LineBox line) => line.Hyphenated || LineText(line).EndsWith('-');

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public const string Prose =
        "The Go programming language is an open source project to make programmers more productive. " +
        "Go is expressive, concise, clean, and efficient. Its concurrency mechanisms make it easy to write " +
        "programs that get the most out of multicore and networked machines, while its novel type system " +
        "enables flexible and modular program construction. Go compiles quickly to machine code yet has the " +
        "convenience of garbage collection and the power of run-time reflection. It's a fast, statically typed, " +
        "compiled language that feels like a dynamically typed, interpreted language. Speakers at the summer " +
        "meeting discussed the internationalization of applications, the extraordinary responsibilities of " +
        "maintainers, and unquestionably uncomfortable deployment characteristics of distributed systems.";
}
