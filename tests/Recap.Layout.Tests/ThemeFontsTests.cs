using Recap.Frames;
using Recap.Layout.Styles;
using Recap.Testing;
using Recap.Theming;

namespace Recap.Layout.Tests;

public sealed class ThemeFontsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Faces_loaded_side_by_side_join_the_book_in_the_theme_order_every_time()
    {
        var section = ThemeSettings.Load(RepoPaths.DefaultTheme).Fonts;
        string[] expected = [.. section.Fallback.Concat([section.Regular, section.Italic, section.Bold, section.BoldItalic, section.Medium, section.Mono, section.MonoBold, section.MonoItalic]).Select(section.PathOf).Select(Path.GetFullPath)];

        // The frames name faces by their place in the book: a load finishing first must not take an earlier place.
        for (var run = 0; run < 8; run++)
        {
            using var fonts = new ThemeFonts(section, systemFonts: false);

            Assert.Equal(expected, fonts.Faces.Select(face => face.Path));
            Assert.Equal(expected, Enumerable.Range(0, expected.Length).Select(id => fonts.Book[new FaceId(id)].Path));
            Assert.Same(fonts.Faces[^8], fonts.Regular.Primary);
            Assert.Same(fonts.Faces[^1], fonts.MonoItalic.Primary);
            Assert.Equal(fonts.Faces.Take(fonts.Faces.Count - 8), fonts.Mono.Faces.Skip(1));
        }
    }

    [Fact]
    public void A_face_file_that_is_not_a_font_is_a_theme_error_naming_the_file()
    {
        var theme = Path.Combine(_folder.Path, "theme");
        CopyFolder(RepoPaths.DefaultTheme, theme);
        var broken = Path.Combine(theme, "fonts", "Go-Mono.ttf");
        File.WriteAllText(broken, "not a font");

        var e = Assert.Throws<ThemeException>(() => Theme.Load(theme));

        Assert.Equal($"{broken}: error: not a font the theme can use (a TrueType or OpenType file)", e.Message);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
