using Recap.Frames;
using Recap.Layout.Hyphenation;
using Recap.Theming;

namespace Recap.Layout.Styles;

/// <summary>
/// The theme's settings resolved for one paper size: page geometry, type sizes, colours and loaded faces.
/// The document model carries no styles; everything visual on the booklet's pages comes from here.
/// </summary>
public sealed class Theme : IDisposable
{
    private Theme(ThemeSettings settings, Size paper, bool systemFonts, Task<string>? language)
    {
        var file = settings.File;
        Settings = settings;
        Folder = settings.Folder;
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
        OpenerPhotos = file.Booklet.OpenerPhotos;

        TextColor = settings.Colors.Text;
        AccentColor = settings.Colors.Accent;
        MutedColor = settings.Colors.Muted;
        RuleColor = settings.Colors.Rule;
        CodeBackground = settings.Colors.CodeBackground;

        TalkStart = settings.TalkStart;
        Hyphenation = new HyphenationPatterns(Path.Combine(Folder, file.Hyphenation));
        if (Hyphenate && language is not null)
        {
            // The book's patterns load beside the faces, once book.yml names its language: the layout, which
            // waits for the faces, then finds them loaded (a failure to load is the layout's to report).
            _ = language.ContinueWith(tag => Hyphenation.For(tag.Result), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        Fonts = new ThemeFonts(settings.Fonts, systemFonts);
        Microtype = new Microtype(file.Microtype, Fonts);
    }

    /// <summary>Loads <c>theme.yml</c> from <paramref name="folder"/>, for <paramref name="paper"/> or the theme's own paper.</summary>
    /// <param name="systemFonts">Whether characters the theme's faces lack may come from the machine's fonts (when the theme allows it).</param>
    /// <param name="language">The book's language, when known or to come: its hyphenation patterns load while the faces do.</param>
    /// <exception cref="ThemeException">The theme has a wrong value or a missing face.</exception>
    public static Theme Load(string folder, string? paper = null, bool systemFonts = true, Task<string>? language = null)
    {
        var settings = ThemeSettings.Load(folder);
        return new Theme(settings, paper is null ? settings.Paper : Theming.Paper.Parse(paper), systemFonts, language);
    }

    /// <summary>The theme as written, for what the layout does not resolve (the ebook reads the same settings).</summary>
    public ThemeSettings Settings { get; }

    public string Folder { get; }

    public Size Paper { get; }

    public Margins Margins { get; }

    public double BodySize { get; }

    public double BodyLeading { get; }

    /// <summary>First-line indent of a paragraph that follows another paragraph.</summary>
    public double Indent { get; }

    public bool Justify { get; }

    public bool Hyphenate { get; }

    /// <summary>Speakers' photos in talk openers (theme.yml's <c>booklet.opener-photos</c>).</summary>
    public bool OpenerPhotos { get; }

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

    /// <summary>The theme's hyphenation pattern files, each loaded on first use and kept with the theme.</summary>
    public HyphenationPatterns Hyphenation { get; }

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
