using System.Text.RegularExpressions;
using Recap.Fonts;

namespace Recap.Epub;

/// <summary>
/// The font files the stylesheet's <c>@font-face</c> rules name, put into the book beside the stylesheet
/// so its relative URLs hold, each cut to the characters the book shows (hb-subset keeps the cmap, so
/// the reading system shapes as before). A character none of them has is drawn by the face the booklet
/// takes for it (<see cref="FallbackFaces"/>: the theme's fallback faces, then the machine's), or else
/// by the reader's own fonts.
/// </summary>
internal sealed partial class EmbeddedFonts
{
    private readonly string _stylesheetFolder;

    private EmbeddedFonts(IReadOnlyList<EmbeddedFont> fonts, IReadOnlyList<string> families, string stylesheetFolder)
    {
        Fonts = fonts;
        Families = families;
        _stylesheetFolder = stylesheetFolder;
    }

    public IReadOnlyList<EmbeddedFont> Fonts { get; }

    /// <summary>The font families the stylesheet declares, in order of first declaration (for the colophon).</summary>
    public IReadOnlyList<string> Families { get; }

    /// <param name="stylesheetFolder">Where the stylesheet sits in the book, relative to the package document.</param>
    public static EmbeddedFonts FromStylesheet(string css, string themeFolder, string stylesheetFolder)
    {
        var fonts = new List<EmbeddedFont>();
        var families = new List<string>();
        foreach (Match rule in FontFaceRule().Matches(css))
        {
            var body = rule.Groups[1].Value;
            var family = FontFamily().Match(body);
            if (family.Success && !families.Contains(family.Groups[1].Value.Trim()))
            {
                families.Add(family.Groups[1].Value.Trim());
            }

            foreach (Match url in FontUrl().Matches(body))
            {
                var relative = url.Groups[1].Value;
                var href = stylesheetFolder + "/" + relative;
                if (fonts.Any(f => f.Href == href))
                {
                    continue;
                }

                var source = Path.GetFullPath(Path.Combine(themeFolder, relative));
                if (!File.Exists(source))
                {
                    throw new FileNotFoundException($"epub.css names a font that is not in the theme: {relative}", source);
                }

                fonts.Add(new EmbeddedFont("font-" + (fonts.Count + 1), href, source, MediaTypeOf(relative)));
            }
        }

        return new EmbeddedFonts(fonts, families, stylesheetFolder);
    }

    /// <summary>
    /// Each font cut to the characters of the content documents (<paramref name="codePoints"/>, to which
    /// this adds those the reader draws itself); the faces for characters none has (the theme's
    /// <paramref name="fallback"/> files, then <paramref name="system"/>'s), and the stylesheet naming them.
    /// A file that is one of the <paramref name="loaded"/> faces is cut from that face, not read again.
    /// </summary>
    public FontFiles Subset(CodePoints codePoints, string stylesheet, IReadOnlyList<string> fallback, SystemFonts? system, IReadOnlyList<FontFace> loaded)
    {
        // What the reader draws itself is kept where the theme's fonts have it, never looked for on the machine.
        var shown = codePoints.ToList();
        codePoints.Add(ReaderDrawn);
        var ordered = codePoints.ToList();
        var opened = new List<FontFace>();
        FontFace Open(string path)
        {
            var full = Path.GetFullPath(path);
            if (loaded.FirstOrDefault(face => face.Index == 0 && face.Path == full) is { } face)
            {
                return face;
            }

            opened.Add(FontFace.Load(full));
            return opened[^1];
        }

        try
        {
            var faces = Fonts.Select(font => Open(font.SourcePath)).ToList();
            var fallbackFaces = fallback.Select(Open).ToList();
            var files = Fonts.Zip(faces).AsParallel().AsOrdered().Select(pair => (pair.First, FontSubsetter.Subset(pair.Second, ordered))).ToList();
            var fallbacks = FallbackFaces.Find(shown, faces, fallbackFaces, system);
            var named = new List<(string Family, string Url)>();
            foreach (var (face, drawn) in fallbacks)
            {
                var relative = $"fonts/fallback-{named.Count + 1}.ttf";
                named.Add((named.Any(n => n.Family == face.FamilyName) ? $"{face.FamilyName} {named.Count + 1}" : face.FamilyName, relative));
                files.Add((new EmbeddedFont($"font-{files.Count + 1}", _stylesheetFolder + "/" + relative, face.Path, "application/font-sfnt"), FontSubsetter.Subset(face, drawn)));
            }

            return new FontFiles(files, FallbackFaces.Extend(stylesheet, named));
        }
        finally
        {
            opened.ForEach(face => face.Dispose());
        }
    }

    // What a reading system draws in the text's font without it being in the text: list numbers and
    // bullets (disc, circle, square) and the hyphens of hyphens: auto.
    private const string ReaderDrawn = "0123456789.-\u2010\u2022\u25E6\u25AA";

    // EPUB 3 core media types for fonts; epubcheck 4.2.6 knows these.
    private static string MediaTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".ttf" => "application/font-sfnt",
        ".otf" => "application/vnd.ms-opentype",
        ".woff" => "application/font-woff",
        ".woff2" => "font/woff2",
        var other => throw new NotSupportedException($"epub.css names a font of an unsupported type: {other}"),
    };

    [GeneratedRegex(@"@font-face\s*\{([^}]*)\}")]
    private static partial Regex FontFaceRule();

    [GeneratedRegex(@"font-family\s*:\s*[""']?([^""';]+)[""']?\s*;")]
    private static partial Regex FontFamily();

    [GeneratedRegex(@"url\(\s*[""']?([^""')]+)[""']?\s*\)")]
    private static partial Regex FontUrl();
}
