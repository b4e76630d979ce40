namespace Recap.Model.Talks;

/// <summary>
/// A URL as people write it in running text: without <c>https://</c>, <c>www.</c> or a final
/// slash. The full URL is still what links and QR codes carry; this is only what is printed.
/// </summary>
public static class ReadableUrl
{
    public static string Shorten(string url)
    {
        var text = url.Trim();
        foreach (var prefix in (string[])["https://", "http://"])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..];
                break;
            }
        }

        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        // mailto:, tel: and the like stay whole: without their scheme they would read as something else.
        return text.Length > 1 && text.EndsWith('/') ? text[..^1] : text;
    }
}
