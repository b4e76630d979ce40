using System.Text;

namespace Recap.Model;

/// <summary>Turns titles into lower-case ASCII slugs: <c>Built for Snappiness</c> → <c>built-for-snappiness</c>.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
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

        return builder.Length == 0 ? "untitled" : builder.ToString();
    }
}
