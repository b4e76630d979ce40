using Recap.Fonts;
using Recap.Testing;

namespace Recap.Fonts.Tests;

/// <summary>The faces the tests use, loaded once: the theme's Go fonts and Debian's DejaVu Sans (fonts-dejavu-core) as fallback.</summary>
internal static class TestFonts
{
    public const string DejaVuSansPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static string GoPath(string style) => Path.Combine(RepoPaths.DefaultTheme, "fonts", $"Go-{style}.ttf");

    public static FontFace GoRegular { get; } = FontFace.Load(GoPath("Regular"));

    public static FontFace GoBoldItalic { get; } = FontFace.Load(GoPath("Bold-Italic"));

    public static FontFace DejaVuSans { get; } = FontFace.Load(DejaVuSansPath);
}
