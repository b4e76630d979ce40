using System.Text;
using Recap.Model.Phrases;

namespace Recap.Markdown.Typography;

/// <summary>
/// Typographic punctuation for prose: straight quotes become curly ones, <c>--</c> an en dash,
/// <c>---</c> an em dash and <c>...</c> an ellipsis. Quotes take the language's marks (German „…“,
/// French « … »); an apostrophe inside a word stays ’ in every language. The same rules serve the body (one text run at a
/// time, carrying the character before the run) and titles and summaries, so both read alike.
/// Code never comes here.
/// </summary>
internal static class SmartPunctuation
{
    /// <summary>Characters after which a quote opens rather than closes.</summary>
    private const string Openers = "([{\u2018\u201C\u2014\u2013-/";

    public static string Apply(string text, QuoteMarks? marks = null) => Apply(text, marks, previous: null, firstEscaped: false);

    /// <param name="marks">The language's quotation marks; English when null.</param>
    /// <param name="previous">The character just before <paramref name="text"/> in the same paragraph, or null at its start.</param>
    /// <param name="firstEscaped">The first character was backslash-escaped in the source: keep it as written.</param>
    public static string Apply(string text, QuoteMarks? marks, char? previous, bool firstEscaped)
    {
        marks ??= PhraseSet.English.Quotes;
        var builder = new StringBuilder(text.Length);
        var before = previous;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == 0 && firstEscaped)
            {
                builder.Append(c);
            }
            else if (c == '-' && At(text, i, "---"))
            {
                builder.Append('\u2014');
                i += 2;
            }
            else if (c == '-' && At(text, i, "--"))
            {
                builder.Append('\u2013');
                i += 1;
            }
            else if (c == '.' && At(text, i, "..."))
            {
                builder.Append('\u2026');
                i += 2;
            }
            else if (c == '"')
            {
                builder.Append(Opens(before) ? marks.Open : marks.Close);
            }
            else if (c == '\'')
            {
                var next = i + 1 < text.Length ? text[i + 1] : (char?)null;
                var opens = Opens(before) && next is { } n && !char.IsWhiteSpace(n);
                var apostrophe = before is { } b && char.IsLetterOrDigit(b) && next is { } a && char.IsLetter(a);
                builder.Append(apostrophe ? "\u2019" : opens ? marks.InnerOpen : marks.InnerClose);
            }
            else
            {
                builder.Append(c);
            }

            before = builder[^1];
        }

        return builder.ToString();
    }

    private static bool At(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool Opens(char? before) =>
        before is null || char.IsWhiteSpace(before.Value) || Openers.Contains(before.Value);
}
