namespace Recap.Publishing;

/// <summary>
/// The default theme (stylesheet, fonts, hyphenation patterns) ships beside the executable:
/// the build copies <c>styles/</c> into the output, so an installed recap works anywhere.
/// </summary>
public static class ThemeFolder
{
    public static string Default { get; } = Path.Combine(AppContext.BaseDirectory, "styles", "default");
}
