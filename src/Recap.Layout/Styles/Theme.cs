using Recap.Frames;

namespace Recap.Layout.Styles;

/// <summary>
/// A theme resolved for one paper size: page geometry, type sizes, colours and loaded faces.
/// The document model carries no styles; everything visual comes from here.
/// </summary>
public sealed class Theme : IDisposable
{
    private Theme(string folder, ThemeFile file, Size paper)
    {
        Folder = folder;
        Paper = paper;

        // Margins grow with the paper; type grows more slowly, so a larger page keeps a readable measure.
        var scale = paper.Width / Size.A5.Width;
        var typeScale = Math.Sqrt(scale);
        Margins = new Margins(
            Length.Parse(file.Margins.Inner),
            Length.Parse(file.Margins.Outer),
            Length.Parse(file.Margins.Top),
            Length.Parse(file.Margins.Bottom)).Scaled(scale);

        double Type(string length) => Length.Parse(length) * typeScale;
        BodySize = Type(file.Body.Size);
        BodyLeading = Type(file.Body.Leading);
        Indent = Length.Parse(file.Body.Indent, BodySize);
        Justify = file.Body.Justify;
        Hyphenate = file.Body.Hyphenate;
        TitleSize = Type(file.Headings.Title);
        H2Size = Type(file.Headings.H2);
        H3Size = Type(file.Headings.H3);
        H4Size = Type(file.Headings.H4);
        CodeSize = Type(file.Code.Size);
        CodeLeading = Type(file.Code.Leading);
        FootnoteSize = Type(file.Footnote.Size);
        FootnoteLeading = Type(file.Footnote.Leading);
        CoverTitleSize = Type(file.Booklet.CoverTitle);
        CoverSubtitleSize = Type(file.Booklet.CoverSubtitle);
        NotesRuleSpacing = Type(file.Booklet.NotesRules);
        FontCredit = file.Booklet.FontCredit;

        Color Colour(string name, string fallback) => Color.FromHex(file.Colors.GetValueOrDefault(name, fallback));
        TextColor = Colour("text", "#1d1d1b");
        AccentColor = Colour("accent", "#00718d");
        MutedColor = Colour("muted", "#5f6b70");
        RuleColor = Colour("rule", "#9aa5a9");
        CodeBackground = Colour("code-background", "#f3f5f6");

        TalkStart = Enum.Parse<TalkStart>(file.TalkStart, ignoreCase: true);
        HyphenationFolder = Path.Combine(folder, file.Hyphenation);
        Fonts = new ThemeFonts(folder, file.Fonts);
        Microtype = new Microtype(file.Microtype, Fonts);
    }

    /// <summary>Loads <c>theme.yml</c> from <paramref name="folder"/>, for <paramref name="paper"/> or the theme's own paper.</summary>
    public static Theme Load(string folder, string? paper = null)
    {
        var file = ThemeFile.Read(Path.Combine(folder, "theme.yml"));
        return new Theme(folder, file, Styles.Paper.Parse(paper ?? file.Paper));
    }

    public string Folder { get; }

    public Size Paper { get; }

    public Margins Margins { get; }

    public double BodySize { get; }

    public double BodyLeading { get; }

    /// <summary>First-line indent of a paragraph that follows another paragraph.</summary>
    public double Indent { get; }

    public bool Justify { get; }

    public bool Hyphenate { get; }

    public double TitleSize { get; }

    public double H2Size { get; }

    public double H3Size { get; }

    public double H4Size { get; }

    public double CodeSize { get; }

    public double CodeLeading { get; }

    public double FootnoteSize { get; }

    public double FootnoteLeading { get; }

    /// <summary>The book's title on the cover.</summary>
    public double CoverTitleSize { get; }

    public double CoverSubtitleSize { get; }

    /// <summary>Distance between the rules of a notes page.</summary>
    public double NotesRuleSpacing { get; }

    /// <summary>The colophon's credit for the faces; empty for none.</summary>
    public string FontCredit { get; }

    public Color TextColor { get; }

    public Color AccentColor { get; }

    public Color MutedColor { get; }

    public Color RuleColor { get; }

    public Color CodeBackground { get; }

    public TalkStart TalkStart { get; }

    public string HyphenationFolder { get; }

    public ThemeFonts Fonts { get; }

    /// <summary>Font expansion and character protrusion for justified text.</summary>
    public Microtype Microtype { get; }

    /// <summary>The width of the text block.</summary>
    public double Measure => Paper.Width - Margins.Inner - Margins.Outer;

    /// <summary>The text block of a page; page numbers are 1-based and odd pages are rectos (spine on the left).</summary>
    public Rect TextBlock(int pageNumber)
    {
        var left = pageNumber % 2 == 1 ? Margins.Inner : Margins.Outer;
        return new Rect(left, Margins.Top, Measure, Paper.Height - Margins.Top - Margins.Bottom);
    }

    public void Dispose() => Fonts.Dispose();
}
