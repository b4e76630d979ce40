using System.Text.RegularExpressions;

namespace Recap.Markdown.Conversion;

/// <summary>
/// Which absolute URLs may become links. Only schemes that open a page, a mail or a call: a
/// <c>javascript:</c>, <c>data:</c> or <c>file:</c> link could run script or reach the reader's disk,
/// and nothing from the content may do that.
/// </summary>
internal static partial class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel", "ftp"];

    /// <summary>The URL's scheme, lower case, or null when it is not absolute.</summary>
    public static string? Scheme(string url)
    {
        var match = SchemePattern().Match(url.TrimStart());
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    public static bool IsAllowed(string url) => Scheme(url) is { } scheme && AllowedSchemes.Contains(scheme);

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
