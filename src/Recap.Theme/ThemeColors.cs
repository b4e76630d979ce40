using System.Globalization;
using Recap.Frames;

namespace Recap.Theming;

/// <summary>
/// The theme's colours (<c>colors:</c> in <c>theme.yml</c>): the five every output uses, by name, and any
/// others the theme adds for its own templates (<c>{{colors.NAME}}</c> in <c>epub.css</c>).
/// </summary>
public sealed class ThemeColors
{
    private readonly IReadOnlyDictionary<string, Color> _byName;

    private ThemeColors(IReadOnlyDictionary<string, Color> byName)
    {
        _byName = byName;
        Text = byName["text"];
        Accent = byName["accent"];
        Muted = byName["muted"];
        Rule = byName["rule"];
        CodeBackground = byName["code-background"];
    }

    /// <summary>Running text.</summary>
    public Color Text { get; }

    /// <summary>Titles, links and labels: the publication's one colour.</summary>
    public Color Accent { get; }

    /// <summary>Secondary text: running heads, captions, the colophon.</summary>
    public Color Muted { get; }

    /// <summary>Rules: under table heads, above notes, beside code.</summary>
    public Color Rule { get; }

    public Color CodeBackground { get; }

    /// <summary>Every colour by its <c>theme.yml</c> name.</summary>
    public IReadOnlyDictionary<string, Color> ByName => _byName;

    /// <summary>A colour as CSS writes it: <c>#rrggbb</c>, lower case.</summary>
    public static string Hex(Color color) =>
        string.Create(CultureInfo.InvariantCulture, $"#{color.R:x2}{color.G:x2}{color.B:x2}");

    /// <summary>Reads <c>colors:</c>; a colour the theme leaves out takes the default theme's.</summary>
    /// <exception cref="ThemeException">A value is not <c>#rrggbb</c>.</exception>
    internal static ThemeColors Read(IReadOnlyDictionary<string, string> written, string themeFile)
    {
        var byName = new SortedDictionary<string, Color>(StringComparer.Ordinal);
        foreach (var (name, value) in Defaults.Concat(written.Where(pair => !Defaults.ContainsKey(pair.Key))))
        {
            var text = written.GetValueOrDefault(name, value);
            try
            {
                byName[name] = Color.FromHex(text.Trim());
            }
            catch (FormatException)
            {
                throw new ThemeException($"{themeFile}: error: colors.{name} is '{text}', not a colour: write #rrggbb");
            }
        }

        return new ThemeColors(byName);
    }

    // The default theme's colours, for a theme.yml that leaves one out.
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["text"] = "#1d1d1b",
        ["accent"] = "#00718d",
        ["muted"] = "#5f6b70",
        ["rule"] = "#9aa5a9",
        ["code-background"] = "#f3f5f6",
    };
}
