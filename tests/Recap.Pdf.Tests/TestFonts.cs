using Recap.Fonts;
using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>The theme's Go fonts, and Debian's DejaVu Sans (package fonts-dejavu-core) as the fallback for scripts Go lacks.</summary>
internal static class TestFonts
{
    public static FontFace GoRegular { get; } = Go("Regular");

    public static FontFace GoBold { get; } = Go("Bold");

    public static FontFace GoItalic { get; } = Go("Italic");

    public static FontFace DejaVuSans { get; } = FontFace.Load("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    public static FontChain Body { get; } = new([GoRegular, DejaVuSans]);

    private static FontFace Go(string style) => FontFace.Load(Path.Combine(RepoPaths.DefaultTheme, "fonts", $"Go-{style}.ttf"));
}
