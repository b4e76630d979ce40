using System.Globalization;
using Recap.Fonts;
using Recap.Theming;

namespace Recap.Layout.Styles;

/// <summary>
/// The theme's microtypography, resolved: font expansion limits as shares of a glyph's width,
/// and each face's protrusion table (share of a character's width hanging into each margin).
/// Null expansion or empty tables turn the feature off.
/// </summary>
public sealed class Microtype
{
    private readonly Dictionary<FontFace, Dictionary<char, (double Left, double Right)>> _protrusion = [];

    public Microtype(MicrotypeSection section, ThemeFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(fonts);
        if (section.Expansion && (section.Stretch > 0 || section.Shrink > 0))
        {
            Expansion = (section.Stretch / 1000.0, section.Shrink / 1000.0, section.Step / 1000.0);
        }

        if (!section.Protrusion)
        {
            return;
        }

        foreach (var (name, table) in section.Protrude)
        {
            var face = Face(fonts, name) ?? throw new ThemeException($"theme.yml: microtype: protrude: no face called '{name}'");
            _protrusion[face] = table.Where(e => e.Key.Length == 1).ToDictionary(e => e.Key[0], e => Amounts(e.Value));
        }
    }

    /// <summary>Largest widening and narrowing, and the step, as shares of a glyph's width; null when off.</summary>
    public (double Stretch, double Shrink, double Step)? Expansion { get; }

    /// <summary>The shares of <paramref name="c"/>'s width that hang into the left and right margins when set in <paramref name="face"/>.</summary>
    public (double Left, double Right) Protrusion(FontFace face, char c) =>
        _protrusion.TryGetValue(face, out var table) && table.TryGetValue(c, out var amounts) ? amounts : (0, 0);

    private static (double Left, double Right) Amounts(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double Part(int i) => parts.Length > i ? double.Parse(parts[i], CultureInfo.InvariantCulture) / 1000 : 0;
        return (Part(0), Part(1));
    }

    private static FontFace? Face(ThemeFonts fonts, string name) => name switch
    {
        "regular" => fonts.Regular.Primary,
        "italic" => fonts.Italic.Primary,
        "bold" => fonts.Bold.Primary,
        "bold-italic" => fonts.BoldItalic.Primary,
        "medium" => fonts.Medium.Primary,
        "mono" => fonts.Mono.Primary,
        "mono-bold" => fonts.MonoBold.Primary,
        "mono-italic" => fonts.MonoItalic.Primary,
        _ => null,
    };
}
