using Recap.Testing;

namespace Recap.Layout.Tests.Booklet;

/// <summary>
/// Builds the GopherFest booklet once per (theme, paper): the default theme on every paper, and
/// the default theme with <c>talk-start: recto</c> (written to a temp folder, faces from the default).
/// </summary>
public sealed class BookletFixture : IDisposable
{
    public const string Default = "default";
    public const string Recto = "recto";

    private readonly TempFolder _output = new();
    private readonly TempFolder _rectoTheme = new();
    private readonly BuildCache<(string Theme, string Paper), BookletBuild> _builds = new();

    public BookletFixture()
    {
        var folder = RepoPaths.DefaultTheme;
        var yml = File.ReadAllText(Path.Combine(folder, "theme.yml"))
            .Replace("fonts/", Path.Combine(folder, "fonts") + "/", StringComparison.Ordinal)
            .Replace("hyphenation: hyphenation", "hyphenation: " + Path.Combine(folder, "hyphenation"), StringComparison.Ordinal)
            .Replace("talk-start: page", "talk-start: recto", StringComparison.Ordinal);
        Assert.Contains("talk-start: recto", yml, StringComparison.Ordinal);
        _rectoTheme.Write("theme.yml", yml);
    }

    public static TheoryData<string> Papers { get; } = ["a5", "a4", "letter", "half-letter"];

    public BookletBuild Build(string paper, string theme = Default) =>
        _builds.Get((theme, paper), key => new BookletBuild(key.Theme == Recto ? _rectoTheme.Path : RepoPaths.DefaultTheme, key.Paper, _output.Path));

    public void Dispose()
    {
        _builds.Dispose();
        _output.Dispose();
        _rectoTheme.Dispose();
    }
}
