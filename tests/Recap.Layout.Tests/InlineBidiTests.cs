using System.Text.RegularExpressions;
using Recap.Fonts;
using Recap.Layout.Inline;
using Recap.Testing;
using static Recap.Layout.Tests.InlineTestKit;

namespace Recap.Layout.Tests;

/// <summary>Right-to-left names in English text, with DejaVu Sans as the theme's fallback for Hebrew and Arabic.</summary>
public sealed class InlineBidiTests : IDisposable
{
    private const string FallbackFace = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private readonly TempFolder _folder = new();
    private readonly Styles.Theme _theme;

    public InlineBidiTests()
    {
        // The default theme's faces by absolute path, and exactly one fallback: the system's DejaVu Sans.
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.DefaultTheme, "theme.yml"))
            .Replace(" fonts/", " " + Path.Combine(RepoPaths.DefaultTheme, "fonts") + "/", StringComparison.Ordinal);
        yaml = Regex.Replace(yaml, @"fallback:.*(\n +- .*)*", $"fallback: [\"{FallbackFace}\"]");
        _folder.Write("theme.yml", yaml);
        _theme = Styles.Theme.Load(_folder.Path, systemFonts: false);
    }

    [Fact]
    public void A_hebrew_run_is_shaped_right_to_left_and_placed_in_visual_order()
    {
        var (lines, diagnostics, _) = Set([T("The names שלום עולם, then more.")], ParagraphFormat.Body(_theme), _theme);

        Assert.Empty(diagnostics.Sorted());
        var line = Assert.Single(lines);
        var runs = Runs(line).ToList();
        var first = Assert.Single(runs, r => r.Text.TrimEnd() == "שלום");
        var second = Assert.Single(runs, r => r.Text.TrimEnd() == "עולם");
        var names = Assert.Single(runs, r => r.Text.TrimEnd() == "names");
        var comma = Assert.Single(runs, r => r.Text.TrimEnd() == ",");

        // Logical order "שלום עולם" reads right to left: the second word is drawn to the left of the first.
        Assert.True(names.Origin.X < second.Origin.X);
        Assert.True(second.Origin.X < first.Origin.X);
        Assert.True(Right(first) <= comma.Origin.X + 1e-6);
        Assert.Equal(FallbackFace, _theme.Fonts.Book[first.Face].Path);

        // Shaped right to left: glyphs come in visual order, so the clusters descend.
        Assert.True(first.Glyphs[0].Cluster > first.Glyphs[^1].Cluster);
    }

    [Fact]
    public void An_arabic_name_joins_its_letters()
    {
        var (lines, _, _) = Set([T("Thanks to مرحبا for hosting.")], ParagraphFormat.Body(_theme), _theme);

        var run = Assert.Single(Runs(Assert.Single(lines)), r => r.Text.TrimEnd() == "مرحبا");
        var isolated = run.Text.EnumerateRunes().Select(r => _theme.Fonts.Book[run.Face].TryGetGlyph(r.Value, out var id) ? id : (ushort)0).ToHashSet();

        // Joining forms are other glyphs than the letters' nominal (isolated) ones.
        Assert.Contains(run.Glyphs, g => !isolated.Contains(g.Id));
        Assert.True(run.Glyphs[0].Cluster > run.Glyphs[^1].Cluster);
    }

    public void Dispose()
    {
        _theme.Dispose();
        _folder.Dispose();
    }
}
