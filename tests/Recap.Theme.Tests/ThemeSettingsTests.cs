using System.Text.RegularExpressions;
using Recap.Frames;
using Recap.Testing;
using Recap.Theming;

namespace Recap.Theming.Tests;

public sealed partial class ThemeSettingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_default_theme_reads_into_typed_colours_faces_and_switches()
    {
        var theme = ThemeSettings.Load(RepoPaths.DefaultTheme);

        Assert.Equal(Color.FromHex("#00718d"), theme.Colors.Accent);
        Assert.Equal(Color.FromHex("#1d1d1b"), theme.Colors.Text);
        Assert.Equal("fonts/Go-Regular.ttf", theme.Fonts.Regular);
        Assert.True(File.Exists(theme.Fonts.PathOf(theme.Fonts.Mono)));
        Assert.Equal(Size.A5, theme.Paper);
        Assert.Equal(TalkStart.Page, theme.TalkStart);
        Assert.Equal("#00718d", theme.Placeholders["colors.accent"]);
        Assert.Equal("fonts/Go-Mono.ttf", theme.Placeholders["fonts.mono"]);
    }

    [Fact]
    public void A_colour_that_is_not_hex_is_refused_naming_the_file_and_the_key()
    {
        var path = WriteTheme(yaml => yaml.Replace("accent: \"#00718d\"", "accent: teal", StringComparison.Ordinal));

        var e = Assert.Throws<ThemeException>(() => ThemeSettings.Load(_folder.Path));

        Assert.Equal($"{path}: error: colors.accent is 'teal', not a colour: write #rrggbb", e.Message);
    }

    [Fact]
    public void A_missing_face_file_and_a_bad_length_are_refused()
    {
        WriteTheme(yaml => yaml.Replace("mono: fonts/Go-Mono.ttf", "mono: fonts/Nowhere.ttf", StringComparison.Ordinal));
        Assert.Contains("fonts/Nowhere.ttf, which is not in the theme folder", Assert.Throws<ThemeException>(() => ThemeSettings.Load(_folder.Path)).Message, StringComparison.Ordinal);

        WriteTheme(yaml => yaml.Replace("size: 10pt", "size: ten", StringComparison.Ordinal));
        Assert.Contains("body.size: not a length: 'ten'", Assert.Throws<ThemeException>(() => ThemeSettings.Load(_folder.Path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colour_the_theme_adds_is_a_template_value()
    {
        WriteTheme(yaml => yaml.Replace("colors:\n", "colors:\n  night-link: \"#7FD4E8\"\n", StringComparison.Ordinal));
        var theme = ThemeSettings.Load(_folder.Path);

        Assert.Equal("a { color: #7fd4e8; }", ThemeTemplate.Fill("a { color: {{colors.night-link}}; }", theme, "t.css"));
    }

    [Fact]
    public void A_template_naming_no_theme_value_is_refused_at_its_line_and_column()
    {
        var theme = ThemeSettings.Load(RepoPaths.DefaultTheme);

        var e = Assert.Throws<ThemeException>(() => ThemeTemplate.Fill("a {\n  color: {{colors.link}};\n}", theme, "epub.css"));

        Assert.StartsWith("epub.css:2:10: error: {{colors.link}} is not a theme value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ebook_stylesheet_writes_no_colour_or_face_file_of_its_own_and_every_placeholder_resolves()
    {
        var path = Path.Combine(RepoPaths.DefaultTheme, "epub.css");
        var template = File.ReadAllText(path);
        var filled = ThemeTemplate.Fill(template, ThemeSettings.Load(RepoPaths.DefaultTheme), path);

        Assert.DoesNotMatch(ColourLiteral(), template);
        Assert.DoesNotContain(".ttf", template, StringComparison.Ordinal);
        Assert.Contains("color: #00718d;", filled, StringComparison.Ordinal);
        Assert.Contains("url(\"fonts/Go-Regular.ttf\")", filled, StringComparison.Ordinal);
    }

    private string WriteTheme(Func<string, string> edit)
    {
        // The default theme with the faces by absolute path, so the edited copy finds them.
        var yaml = edit(File.ReadAllText(Path.Combine(RepoPaths.DefaultTheme, ThemeSettings.FileName)))
            .Replace(" fonts/", " " + Path.Combine(RepoPaths.DefaultTheme, "fonts") + "/", StringComparison.Ordinal);
        return _folder.Write(ThemeSettings.FileName, yaml);
    }

    // #rgb or #rrggbb as CSS writes colours (not inside a {{…}} placeholder).
    [GeneratedRegex(@"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")]
    private static partial Regex ColourLiteral();
}
