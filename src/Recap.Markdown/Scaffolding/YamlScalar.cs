using System.Globalization;
using System.Text;

namespace Recap.Markdown.Scaffolding;

/// <summary>
/// Writes one line of text as a YAML scalar that reads back as exactly that text: plain when it
/// plainly can be, double-quoted with escapes otherwise (colons, quotes, a leading <c>@</c> or
/// <c>-</c>, words YAML reads as null, booleans or numbers).
/// </summary>
internal static class YamlScalar
{
    // Words YAML 1.1 or 1.2 resolve to something other than a string.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "~",
    };

    public static string Write(string text) => IsPlain(text) ? text : Quoted(text);

    // Conservative: a letter first, then only characters that carry no YAML meaning anywhere in a line.
    private static bool IsPlain(string text) =>
        text.Length > 0
        && char.IsLetter(text[0])
        && !Reserved.Contains(text)
        && !char.IsWhiteSpace(text[^1])
        && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or ',' or '(' or ')' or '!' or '?' or '/' or '-' or '+' or '&' or '\'' or '\u2019');

    private static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case var control when char.IsControl(control):
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)control:X4}");
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
