using System.Globalization;
using System.Text;

namespace Recap.Model;

/// <summary>Turns titles into lower-case ASCII slugs: <c>Built for Snappiness</c> → <c>built-for-snappiness</c>.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // drop accents: é → e
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
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

        return builder.Length == 0 ? "untitled" : builder.ToString();
    }
}
