using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Hyphenation;
using Recap.Layout.Styles;
using Recap.Model.Diagnostics;

namespace Recap.Layout.Inline;

/// <summary>
/// Sets inline content into lines, in Typst's four stages:
/// <list type="number">
/// <item>collect (<see cref="InlineCollector"/>): model inlines → styled runs;</item>
/// <item>prepare (<see cref="WordSplitter"/>, <see cref="ParagraphPreparer"/>): runs → words →
/// measured boxes, glue and penalties, with fallback faces, hyphenation points and bidi runs;</item>
/// <item>break (<see cref="LineBreaker"/>): Knuth–Plass with TeX's passes; when no pass is within
/// tolerance long tokens get break points and the paragraph is broken again, and when a line still
/// overflows, the words on it may break anywhere;</item>
/// <item>finalize (<see cref="LineFinisher"/>): glue set, glyph runs, hyphens, link areas.</item>
/// </list>
/// One layouter per thread: its caches are not thread-safe.
/// </summary>
public sealed class ParagraphLayouter
{
    /// <summary>Emergency stretch, in ems of the paragraph's size, when <see cref="Options"/> sets none.</summary>
    private const double EmergencyStretchEm = 1.5;

    /// <summary>A word counts as a long token, split as soon as lines cannot be set within tolerance, past this share of the measure.</summary>
    private const double LongTokenShare = 1.0 / 3;

    private readonly Theme _theme;
    private readonly ShapeCache _shapes = new();
    private readonly InlineCollector _collector;
    private readonly WordSplitter _splitter;
    private readonly ParagraphPreparer _preparer;
    private readonly Protrusion _protrusion;
    private readonly (double Stretch, double Shrink, double Step)? _expansion;
    private PlacedItem[] _placed = []; // the lines' items, reused paragraph to paragraph: only grows
    private readonly List<PositionedLine> _lines = []; // the lines, reused paragraph to paragraph
    private readonly Dictionary<int, SplitLevel> _levels = []; // words to break more often: in few paragraphs, so reused, not made for each

    // What paragraphs share, made once rather than for each: the options at each size (their
    // emergency stretch follows it), one set of line widths for each measure, and the protrusion
    // asked of the paragraph being positioned.
    private readonly Dictionary<double, BreakOptions> _optionsAtSize = [];
    private readonly Dictionary<double, LineWidths> _uniform = [];
    private readonly Func<int, int, (double Left, double Right)> _protrude;
    private PreparedParagraph? _positioning;
    private readonly List<LineFit> _fits = []; // the lines the breaker chose, reused paragraph to paragraph
    private readonly List<int> _breakpoints = [];

    /// <param name="hyphenator">Patterns for the book's language; null sets every paragraph without hyphenation.</param>
    public ParagraphLayouter(Theme theme, Hyphenator? hyphenator, MeasureCache measures, DiagnosticBag diagnostics, BreakOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(diagnostics);
        _theme = theme;
        Options = options ?? BreakOptions.Default;
        _protrusion = new Protrusion(theme.Microtype, measures);
        _expansion = theme.Microtype.Expansion;
        _collector = new InlineCollector(theme);
        _splitter = new WordSplitter(diagnostics);
        _preparer = new ParagraphPreparer(measures, _shapes, hyphenator, Options, _expansion is var (st, sh, _) ? (st, sh) : null);
        _protrude = (start, end) => _protrusion.Of(_positioning!, start, end);
    }

    /// <summary>TeX's parameters. An <see cref="BreakOptions.EmergencyStretch"/> of 0 means 1.5 em of each paragraph's size.</summary>
    public BreakOptions Options { get; }

    /// <summary>
    /// Sets <paramref name="content"/> in lines; empty content gives no lines. Glyph runs are
    /// tagged with <paramref name="element"/>, the text of each link (and each footnote mark)
    /// with a <see cref="StructureKind.Link"/> child added to <paramref name="element"/> in
    /// reading order.
    /// </summary>
    public IReadOnlyList<LineBox> Layout(IReadOnlyList<Model.Inline> content, ParagraphFormat format, StructureElement element)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(element);
        var runs = _collector.Collect(format, element, content);
        var paragraph = _splitter.Split(runs);
        var words = paragraph.Words;
        if (words.Count == 0)
        {
            return [];
        }

        var widths = format.Widths ?? Uniform(format.Measure);
        var options = Options.EmergencyStretch > 0 ? Options : AtSize(format.Size);
        var levels = _levels;
        levels.Clear();
        var (prepared, pass) = Break(paragraph, format, levels, widths, options);
        if (pass == BreakPass.Forced) // the one pass of the breaker's not within tolerance
        {
            // Stretching did not do: give long tokens and the words of overflowing lines their sensible break points.
            var wordWidths = WordWidths(prepared, words.Count);
            for (var w = 0; w < words.Count; w++)
            {
                if (words[w].IsToken && wordWidths[w] > widths[0] * LongTokenShare)
                {
                    levels[w] = SplitLevel.Sensible;
                }
            }

            Raise(levels, WordsOnOverfullLines(prepared, _fits), SplitLevel.Sensible);
            if (levels.Count > 0)
            {
                (prepared, _) = Break(paragraph, format, levels, widths, options);
            }

            // The last resort: whatever still runs past the measure breaks between any two characters.
            if (Raise(levels, WordsOnOverfullLines(prepared, _fits), SplitLevel.Anywhere))
            {
                (prepared, _) = Break(paragraph, format, levels, widths, options);
            }
        }

        var justified = format.Alignment == ParagraphAlignment.Justified;
        if (_placed.Length < prepared.Items.Count)
        {
            _placed = new PlacedItem[Math.Max(prepared.Items.Count, _placed.Length * 2)];
        }

        _breakpoints.Clear();
        foreach (var fit in _fits)
        {
            _breakpoints.Add(fit.Break);
        }

        _positioning = prepared;
        LinePositioner.Position(
            prepared.Items.AsSpan(),
            _breakpoints,
            widths,
            _placed,
            _lines,
            justified && _expansion is { } expansion ? expansion.Step : 0,
            justified ? _protrude : null);
        _positioning = null;
        return new LineFinisher(_theme, _shapes, format, element).Finish(prepared, _lines);
    }

    private LineWidths Uniform(double measure)
    {
        if (!_uniform.TryGetValue(measure, out var widths))
        {
            widths = LineWidths.Uniform(measure);
            _uniform.Add(measure, widths);
        }

        return widths;
    }

    /// <summary>The options with 1.5 em of emergency stretch at <paramref name="size"/>.</summary>
    private BreakOptions AtSize(double size)
    {
        if (!_optionsAtSize.TryGetValue(size, out var options))
        {
            options = Options with { EmergencyStretch = EmergencyStretchEm * size };
            _optionsAtSize.Add(size, options);
        }

        return options;
    }

    /// <summary>Prepares and breaks the paragraph: the lines go into <see cref="_fits"/>.</summary>
    private (PreparedParagraph Prepared, BreakPass Pass) Break(
        SplitParagraph paragraph, ParagraphFormat format, Dictionary<int, SplitLevel> levels, LineWidths widths, BreakOptions options)
    {
        var prepared = _preparer.Prepare(paragraph, format, levels);
        return (prepared, LineBreaker.Break(prepared.Items.AsSpan(), widths, options, _fits, out _));
    }

    private static double[] WordWidths(PreparedParagraph prepared, int count)
    {
        var widths = new double[count];
        foreach (var piece in prepared.Pieces)
        {
            widths[piece.Word] += piece.Width;
        }

        return widths;
    }

    private static HashSet<int> WordsOnOverfullLines(PreparedParagraph prepared, List<LineFit> lines)
    {
        var words = new HashSet<int>();
        var start = 0;
        foreach (var line in lines)
        {
            if (line.IsOverfull)
            {
                for (var i = start; i <= line.Break; i++)
                {
                    if (prepared.PieceOf[i] >= 0)
                    {
                        words.Add(prepared.Pieces[prepared.PieceOf[i]].Word);
                    }
                }
            }

            start = line.Break + 1;
        }

        return words;
    }

    /// <summary>Raises the split level of <paramref name="words"/> to at least <paramref name="level"/>; true when any changed.</summary>
    private static bool Raise(Dictionary<int, SplitLevel> levels, IEnumerable<int> words, SplitLevel level)
    {
        var changed = false;
        foreach (var word in words)
        {
            if (levels.GetValueOrDefault(word) < level)
            {
                levels[word] = level;
                changed = true;
            }
        }

        return changed;
    }
}
