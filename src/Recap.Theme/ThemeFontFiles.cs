namespace Recap.Theming;

/// <summary>
/// The theme's face files (<c>fonts:</c> in <c>theme.yml</c>), checked to exist. Paths are as written,
/// relative to the theme folder, which is also how <c>epub.css</c> names them (<c>{{fonts.regular}}</c>).
/// </summary>
public sealed class ThemeFontFiles
{
    internal ThemeFontFiles(string folder, ThemeFile.FontsSection section, string themeFile)
    {
        Folder = folder;
        ByName = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["regular"] = section.Regular,
            ["italic"] = section.Italic,
            ["bold"] = section.Bold,
            ["bold-italic"] = section.BoldItalic,
            ["medium"] = section.Medium,
            ["mono"] = section.Mono,
            ["mono-bold"] = section.MonoBold,
            ["mono-italic"] = section.MonoItalic,
        };
        Fallback = section.Fallback;
        SystemFonts = section.SystemFonts;
        foreach (var (name, path) in ByName.Concat(Fallback.Select(path => KeyValuePair.Create("fallback", path))))
        {
            if (!File.Exists(Path.Combine(folder, path)))
            {
                throw new ThemeException($"{themeFile}: error: fonts.{name} names {path}, which is not in the theme folder {folder}");
            }
        }
    }

    public string Folder { get; }

    /// <summary>Each style's face by its <c>theme.yml</c> name (<c>regular</c>, <c>bold-italic</c>, <c>mono</c>…).</summary>
    public IReadOnlyDictionary<string, string> ByName { get; }

    public string Regular => ByName["regular"];

    public string Italic => ByName["italic"];

    public string Bold => ByName["bold"];

    public string BoldItalic => ByName["bold-italic"];

    public string Medium => ByName["medium"];

    public string Mono => ByName["mono"];

    public string MonoBold => ByName["mono-bold"];

    public string MonoItalic => ByName["mono-italic"];

    /// <summary>Faces for characters the theme's own faces lack, tried in order.</summary>
    public IReadOnlyList<string> Fallback { get; }

    /// <summary>Whether characters no face of the theme has come from the machine's fonts (<c>system-fonts</c>, default true).</summary>
    public bool SystemFonts { get; }

    /// <summary>A face's file as a full path.</summary>
    public string PathOf(string relative) => Path.Combine(Folder, relative);
}
