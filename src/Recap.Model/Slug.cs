using System.Security.Cryptography;
using System.Text;

namespace Recap.Model;

/// <summary>Turns titles into lower-case ASCII slugs: <c>Built for Snappiness</c> → <c>built-for-snappiness</c>.</summary>
public static class Slug
{
    /// <summary>
    /// The longest slug: output files are named <c>.&lt;slug&gt;-imposed.pdf.&lt;32 hex&gt;.tmp</c> while written,
    /// which must stay within the 255 bytes a file name may have on common file systems.
    /// </summary>
    public const int MaxLength = 100;

    private const int DigestLength = 8;

    public static string From(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 4 * MaxLength));
        var pendingDash = false;
        foreach (var c in text)
        {
            var letters = char.IsAsciiLetterOrDigit(c) ? null : LatinFolding.Fold(c);
            if (char.IsAsciiLetterOrDigit(c) || letters is { Length: > 0 })
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                if (letters is null)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    builder.Append(letters);
                }

                pendingDash = false;
            }
            else if (c is '\'' or '\u2019')
            {
                // Apostrophes join: "Gopher's" → "gophers".
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.Length == 0 ? "untitled" : Shorten(builder.ToString());
    }

    /// <summary>
    /// A slug over <see cref="MaxLength"/> keeps its start, cut at a word where one is near, and ends
    /// in a digest of the whole: deterministic, and two long titles that share a start stay apart.
    /// </summary>
    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var keep = MaxLength - DigestLength - 1;
        var cut = slug.LastIndexOf('-', keep);
        var head = slug[..(cut > keep / 2 ? cut : keep)];
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..DigestLength];
        return head + "-" + digest;
    }
}
