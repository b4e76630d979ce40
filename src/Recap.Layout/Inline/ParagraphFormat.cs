using Recap.Frames;
using Recap.Layout.Styles;

namespace Recap.Layout.Inline;

/// <summary>
/// How <see cref="ParagraphLayouter"/> sets one block of inline content: base face, size and
/// colour, measure, first-line indent, hanging label, alignment and hyphenation.
/// </summary>
/// <param name="Size">The base font size in points (emphasis, links and code scale from it).</param>
/// <param name="Measure">The width of every line, unless <see cref="Widths"/> says otherwise.</param>
public sealed record ParagraphFormat(double Size, double Measure)
{
    public TextWeight Weight { get; init; } = TextWeight.Regular;

    /// <summary>The whole paragraph in italic (emphasis inside it then stays italic).</summary>
    public bool Italic { get; init; }

    /// <summary>The text colour; null uses the theme's text colour.</summary>
    public Color? Color { get; init; }

    /// <summary>Indent of the first line's text, in points.</summary>
    public double FirstLineIndent { get; init; }

    public ParagraphLabel? Label { get; init; }

    public ParagraphAlignment Alignment { get; init; } = ParagraphAlignment.Justified;

    /// <summary>Whether lower-case words of body text may be hyphenated (needs a hyphenator).</summary>
    public bool Hyphenate { get; init; } = true;

    /// <summary>Line widths that vary (a narrower first line, a shape); null means <see cref="Measure"/> for every line.</summary>
    public LineWidths? Widths { get; init; }

    /// <summary>A body paragraph as the theme sets it: body size, full measure, the theme's alignment and hyphenation.</summary>
    public static ParagraphFormat Body(Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return new ParagraphFormat(theme.BodySize, theme.Measure)
        {
            Alignment = theme.Justify ? ParagraphAlignment.Justified : ParagraphAlignment.RaggedRight,
            Hyphenate = theme.Hyphenate,
        };
    }

    /// <summary>A heading: medium weight at <paramref name="size"/>, ragged right, never hyphenated.</summary>
    public static ParagraphFormat Heading(Theme theme, double size)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return new ParagraphFormat(size, theme.Measure)
        {
            Weight = TextWeight.Medium,
            Alignment = ParagraphAlignment.RaggedRight,
            Hyphenate = false,
        };
    }
}
