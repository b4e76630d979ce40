using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Recap.Fonts;

namespace Recap.Epub;

/// <summary>
/// Faces for the characters the book shows that none of the stylesheet's fonts has, found as the booklet
/// finds them: the theme's fallback faces in order, then the machine's (the same fontconfig answers).
/// Each is embedded cut to those characters and named in every font stack of the stylesheet right after
/// the theme's family, so a reading system without such a face still draws them, per character, as CSS
/// falls back along a stack.
/// </summary>
internal static partial class FallbackFaces
{
    /// <summary>The faces, in the order of the first character each draws, with the characters it draws.</summary>
    /// <param name="fallback">The theme's fallback faces, tried in order.</param>
    /// <param name="system">The machine's faces, tried last; null when system fonts are off.</param>
    public static IReadOnlyList<(FontFace Face, IReadOnlyList<int> CodePoints)> Find(IReadOnlyList<int> codePoints, IReadOnlyList<FontFace> themeFaces, IReadOnlyList<FontFace> fallback, SystemFonts? system)
    {
        var found = new List<(FontFace Face, List<int> CodePoints)>();
        foreach (var codePoint in codePoints)
        {
            if (!Drawn(codePoint) || themeFaces.Any(face => face.HasGlyph(codePoint))
                || (fallback.FirstOrDefault(face => face.HasGlyph(codePoint)) ?? system?.Find(codePoint)) is not { } face)
            {
                continue;
            }

            var index = found.FindIndex(f => ReferenceEquals(f.Face, face));
            if (index < 0)
            {
                found.Add((face, [codePoint]));
            }
            else
            {
                found[index].CodePoints.Add(codePoint);
            }
        }

        return [.. found.Select(f => (f.Face, (IReadOnlyList<int>)f.CodePoints))];
    }

    /// <summary>
    /// The stylesheet with an <c>@font-face</c> rule for each fallback and its family put after the first
    /// family of every stack (a <c>font-family</c> naming several; an <c>@font-face</c> names one).
    /// </summary>
    /// <param name="fallbacks">Each face's family in the stylesheet and its path relative to the stylesheet.</param>
    public static string Extend(string css, IReadOnlyList<(string Family, string Url)> fallbacks)
    {
        if (fallbacks.Count == 0)
        {
            return css;
        }

        var names = string.Concat(fallbacks.Select(f => $", \"{f.Family}\""));
        var extended = new StringBuilder(StackHead().Replace(css, head => head.Value + names));
        extended.Append("\n/* Faces for characters the theme's fonts lack: its fallback faces, or the machine's the book was made on. */\n");
        foreach (var (family, url) in fallbacks)
        {
            extended.Append(CultureInfo.InvariantCulture, $"@font-face {{\n  font-family: \"{family}\";\n  src: url(\"{url}\");\n}}\n");
        }

        return extended.ToString();
    }

    // Spaces, controls and format characters take no face: a reading system spaces and joins with any.
    private static bool Drawn(int codePoint) => Rune.GetUnicodeCategory(new Rune(codePoint)) is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse);

    // The first family of a stack: `font-family: "Go"` when a comma follows.
    [GeneratedRegex(@"font-family\s*:\s*(""[^""]+""|'[^']+'|[\w-]+)(?=\s*,)")]
    private static partial Regex StackHead();
}
