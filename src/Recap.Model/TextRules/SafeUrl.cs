using System.Text.RegularExpressions;

namespace Recap.Model.TextRules;

/// <summary>
/// Which URLs may become links, for the reader and every writer: absolute, with a scheme that opens
/// a page, a mail or a call (<see cref="Schemes"/>). A <c>javascript:</c>, <c>data:</c> or
/// <c>file:</c> link could run script or reach the reader's disk, and nothing from the content may
/// do that; <c>ftp:</c> is left out too, since no current browser or reading system follows it.
/// </summary>
public static partial class SafeUrl
{
    public static readonly IReadOnlyList<string> Schemes = ["http", "https", "mailto", "tel"];

    /// <summary>The schemes as a message names them: "http, https, mailto or tel".</summary>
    public static string Listed => $"{string.Join(", ", Schemes.Take(Schemes.Count - 1))} or {Schemes[^1]}";

    /// <summary>The URL's scheme, lower case, or null when it is not absolute.</summary>
    public static string? Scheme(string url)
    {
        var match = SchemePattern().Match(url.TrimStart());
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    public static bool IsAllowed(string? url) => Href(url) is not null;

    /// <summary>
    /// The URL as a link's target, escaped as URLs must be in XHTML and PDF (<see cref="Uri.AbsoluteUri"/>),
    /// or null when it is not absolute or its scheme is not allowed.
    /// </summary>
    public static string? Href(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase) ? uri.AbsoluteUri : null;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
