using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Inline;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Model.TextRules;

namespace Recap.Layout.Code;

/// <summary>
/// Sets a code block line by line in the theme's mono face at the code size: no justification,
/// no hyphenation, tabs expanded to stops every four columns, Go highlighted. A line longer than
/// the width wraps, preferably after a space or punctuation near the end; the wrapped line ends
/// with a drawn return mark (an artifact, so copied text is the code itself) and its continuations
/// hang under the line's own indentation, one tab stop further in, as an editor's breakindent
/// shows them, so a continuation never reads as a line of its own. Every
/// character is kept: the glyph runs of a source line, read in order, give the line back with
/// its tabs as spaces. One layouter per thread.
/// </summary>
public sealed class CodeLayouter
{
    private const int TabStop = 4;

    /// <summary>Room kept at a wrapped line's end for the continuation mark, in ems of the code size.</summary>
    private const double MarkRoomEm = 1.2;

    /// <summary>Wrap at a space or punctuation only if that keeps at least this share of the line.</summary>
    private const double SoftWrapShare = 0.6;

    /// <summary>The hanging indent of a wrapped line's continuations, in columns beyond the line's own indentation.</summary>
    private const int HangColumns = TabStop;

    /// <summary>Continuations start at most this share of the width in, so a deeply indented line still moves on.</summary>
    private const double MaxHangShare = 0.5;

    private readonly Theme _theme;
    private readonly DiagnosticBag? _diagnostics;
    private readonly MeasureCache _measures = new();
    private readonly ShapeCache _shapes = new();
    private readonly Dictionary<CodeTokenKind, (FontChain Fonts, Color Color)> _styles;

    /// <param name="diagnostics">Where characters no mono face has are reported; null reports nothing.</param>
    public CodeLayouter(Theme theme, DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        _theme = theme;
        _diagnostics = diagnostics;
        var fonts = theme.Fonts;
        var literal = Blend(theme.AccentColor, theme.TextColor);
        _styles = new Dictionary<CodeTokenKind, (FontChain, Color)>
        {
            [CodeTokenKind.Plain] = (fonts.Mono, theme.TextColor),
            [CodeTokenKind.Keyword] = (fonts.MonoBold, theme.AccentColor),
            [CodeTokenKind.Builtin] = (fonts.Mono, theme.AccentColor),
            [CodeTokenKind.String] = (fonts.Mono, literal),
            [CodeTokenKind.Number] = (fonts.Mono, literal),
            [CodeTokenKind.Comment] = (fonts.MonoItalic, theme.MutedColor),
        };
    }

    /// <summary>
    /// Sets <paramref name="code"/> (a code block's text, as in the model) in lines no wider than
    /// <paramref name="width"/>: x = 0 is the code's left edge, y = 0 the baseline. Give the
    /// lines <see cref="Theme.CodeLeading"/>. Glyph runs are tagged with <paramref name="element"/>.
    /// </summary>
    /// <param name="language">The info string's language; "go" is highlighted, others are set plain.</param>
    /// <param name="source">Where the block is, for warnings about characters no face has.</param>
    public IReadOnlyList<LineBox> Layout(string code, string? language, double width, StructureElement element, SourceSpan? source = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(element);
        var text = code.ReplaceLineEndings("\n");
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        var kinds = GoHighlighter.Handles(language) ? GoHighlighter.Classify(text) : null;
        var boxes = new List<LineBox>();
        var plainWords = new PlainWords();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var expanded = Expand(line, offset, kinds);
            ReportMissing(expanded.Text, source);
            plainWords.Separate();
            SetLine(expanded, width, element, boxes, plainWords);
            offset += line.Length + 1;
        }

        return boxes;
    }

    /// <summary>Sets one source line, wrapped as needed, counting its words for the page map.</summary>
    private void SetLine(ExpandedLine line, double width, StructureElement element, List<LineBox> boxes, PlainWords plainWords)
    {
        var advances = Advances(line);
        var markRoom = MarkRoomEm * _theme.CodeSize;
        var hang = Math.Min(Width(advances, 0, Indentation(line.Text)) + (HangColumns * _measures.Measure(_theme.Fonts.Mono.Primary, _theme.CodeSize, " ")), width * MaxHangShare);
        var start = 0;
        do
        {
            var left = start == 0 ? 0 : hang;
            var end = line.Text.Length;
            var wrapped = Width(advances, start, end) > width - left;
            if (wrapped)
            {
                end = WrapPoint(line.Text, advances, start, width - left - markRoom);
            }

            var runs = ImmutableArray.CreateBuilder<GlyphRun>();
            var x = Runs(line, start, end, left, element, runs);
            ImmutableArray<FrameItem> mark = [];
            if (wrapped)
            {
                mark = [ContinuationMark(width - markRoom + (markRoom / 4), markRoom / 2)];
                x = width - markRoom + (3 * markRoom / 4);
            }

            var firstWord = -1;
            for (var i = start; i < end; i++)
            {
                if (plainWords.Begins(line.Text[i]) && firstWord < 0)
                {
                    firstWord = plainWords.Index;
                }
            }

            var mono = _theme.Fonts.Mono.Primary;
            boxes.Add(new LineBox(
                mono.ToPoints(mono.Ascender, _theme.CodeSize), mono.ToPoints(-mono.Descender, _theme.CodeSize), x,
                runs.DrainToImmutable(), mark, firstWord, [], false));
            start = end;
        }
        while (start < line.Text.Length);
    }

    /// <summary>Glyph runs for line[start..end) from <paramref name="x"/>, one per stretch of one colour and face; returns the pen's end.</summary>
    private double Runs(ExpandedLine line, int start, int end, double x, StructureElement element, ImmutableArray<GlyphRun>.Builder runs)
    {
        var i = start;
        while (i < end)
        {
            var kind = line.Kinds[i];
            var spanEnd = i + 1;
            while (spanEnd < end && line.Kinds[spanEnd] == kind)
            {
                spanEnd++;
            }

            var (fonts, color) = _styles[kind];
            var span = line.Text[i..spanEnd];
            foreach (var faceRun in fonts.Split(span).Runs)
            {
                var shaped = _shapes.Shape(faceRun.Face, _theme.CodeSize, span.AsSpan(faceRun.Start, faceRun.Length), TextDirection.LeftToRight);
                // Through the cache, so a token set again in one colour shares its glyphs.
                runs.Add(new GlyphRun(new Point(x, 0), _shapes.Set(_theme.Fonts.Book, shaped, color, 1), element));
                x += shaped.Width;
            }

            i = spanEnd;
        }

        return x;
    }

    /// <summary>
    /// Where to end a line that must wrap, among the points late enough (<see cref="SoftWrapShare"/>):
    /// the last between tokens (after a space or punctuation); else the last at an identifier's
    /// joint (after <c>_</c>, before a camelCase hump), so <c>CLOCKS_PER_SEC</c> stays whole when the
    /// line has a space or bracket to break at; else as much as fits.
    /// </summary>
    private static int WrapPoint(string text, double[] advances, int start, double room)
    {
        var fits = start;
        var x = 0.0;
        while (fits < text.Length && (fits == start || x + advances[fits] <= room))
        {
            x += advances[fits];
            fits++;
            while (fits < text.Length && advances[fits] == 0)
            {
                fits++;
            }
        }

        var earliest = start + ((fits - start) * SoftWrapShare);
        foreach (var breaksHere in (Func<string, int, bool>[])[BetweenTokens, InsideIdentifier])
        {
            for (var i = fits; i > earliest; i--)
            {
                if (i < text.Length && breaksHere(text, i))
                {
                    return i;
                }
            }
        }

        return fits;
    }

    private static bool BetweenTokens(string text, int i) =>
        text[i - 1] is ' ' or ',' or ';' or '(' or '{' or '[' || (char.IsPunctuation(text[i - 1]) && text[i - 1] != '_' && text[i] != ' ');

    private static bool InsideIdentifier(string text, int i) =>
        (text[i - 1] == '_' && text[i] != ' ') || (char.IsLower(text[i - 1]) && char.IsUpper(text[i]));

    /// <summary>The advance of each UTF-16 unit: a cluster's width on its first unit, 0 on the rest.</summary>
    private double[] Advances(ExpandedLine line)
    {
        var advances = new double[line.Text.Length];
        for (var i = 0; i < line.Text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(line.Text, i);
            var fonts = _styles[line.Kinds[i]].Fonts;
            var cluster = line.Text.Substring(i, length);
            var face = fonts.Split(cluster).Runs[0].Face;
            advances[i] = _measures.Measure(face, _theme.CodeSize, cluster);
            i += length;
        }

        return advances;
    }

    /// <summary>The spaces the line starts with (tabs are spaces by now).</summary>
    private static int Indentation(string text)
    {
        var count = 0;
        while (count < text.Length && text[count] == ' ')
        {
            count++;
        }

        return count;
    }

    private static double Width(double[] advances, int start, int end)
    {
        var width = 0.0;
        for (var i = start; i < end; i++)
        {
            width += advances[i];
        }

        return width;
    }

    /// <summary>A return arrow (↵) drawn in the muted colour, <paramref name="size"/> wide, at x; an artifact.</summary>
    private ShapeItem ContinuationMark(double x, double size)
    {
        var mono = _theme.Fonts.Mono.Primary;
        var height = mono.ToPoints(mono.XHeight, _theme.CodeSize);
        Point At(double fx, double fy) => new(x + (fx * size), -fy * height);
        var path = new ShapePath(
        [
            PathSegment.MoveTo(At(0.9, 1.1)),
            PathSegment.LineTo(At(0.9, 0.35)),
            PathSegment.LineTo(At(0.1, 0.35)),
            PathSegment.MoveTo(At(0.4, 0.75)),
            PathSegment.LineTo(At(0.1, 0.35)),
            PathSegment.LineTo(At(0.4, -0.05)),
        ]);
        return new ShapeItem(path, null, new Stroke(_theme.MutedColor, _theme.CodeSize / 16), null);
    }

    /// <summary>The line with tabs expanded to the next stop, and the token kind of each unit.</summary>
    private static ExpandedLine Expand(string line, int offset, CodeTokenKind[]? kinds)
    {
        var text = new StringBuilder(line.Length);
        var expandedKinds = new List<CodeTokenKind>(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var kind = kinds is null ? CodeTokenKind.Plain : kinds[offset + i];
            var count = line[i] == '\t' ? TabStop - (text.Length % TabStop) : 1;
            text.Append(line[i] == '\t' ? ' ' : line[i], count);
            for (var k = 0; k < count; k++)
            {
                expandedKinds.Add(kind);
            }
        }

        return new ExpandedLine(text.ToString(), [.. expandedKinds]);
    }

    private void ReportMissing(string text, SourceSpan? source)
    {
        if (_diagnostics is null || source is null)
        {
            return;
        }

        foreach (var missing in _theme.Fonts.Mono.Split(text).Missing.DistinctBy(m => m.CodePoint))
        {
            _diagnostics.WarningOnce("mono " + missing, source, "missing-glyph", $"no mono font of the theme or of this machine has the character {ScriptCoverage.Describe(missing)}; it prints as the font's missing-glyph box",
                ScriptCoverage.Hint(missing.CodePoint));
        }
    }

    private static Color Blend(Color a, Color b) => new((byte)((a.R + b.R) / 2), (byte)((a.G + b.G) / 2), (byte)((a.B + b.B) / 2));

    private sealed record ExpandedLine(string Text, CodeTokenKind[] Kinds);
}
