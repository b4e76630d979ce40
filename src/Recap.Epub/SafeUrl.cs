namespace Recap.Epub;

/// <summary>Only links a reader can follow without running anything: no <c>javascript:</c>, no <c>data:</c>.</summary>
internal static class SafeUrl
{
    private static readonly string[] Schemes = ["http", "https", "mailto", "ftp"];

    /// <summary>The URL as an href, or null when it is not absolute or its scheme is not allowed.</summary>
    public static string? Href(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase) ? uri.AbsoluteUri : null;
    }
}
