using System.Globalization;
using System.Text;

namespace Recap.Model.Diagnostics;

/// <summary>
/// Text from the content (file names, titles, quoted source) made safe to print on one terminal line:
/// a newline in a file name cannot forge a second diagnostic, and an escape sequence cannot recolour
/// or rewrite the terminal. Control, line-separator and bidirectional-override characters are
/// written as <c>\n</c>, <c>\t</c> or <c>\u{1B}</c>; everything else prints as it is.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when NeedsEscape(c) => builder.Append("\\u{").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append('}'),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) // C0, DEL and C1
        || c is '\u2028' or '\u2029' // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E' // bidirectional embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'; // bidirectional isolates
}
