using System.Globalization;

namespace Recap.Layout.Inline;

/// <summary>
/// Break points inside a word that has no space to break at, for when a line would otherwise
/// overflow: first the sensible ones (a URL after <c>/ . - _ ? &amp; = #</c>, an identifier at a
/// change from lower to upper case or after <c>::</c>), then, as the last resort, between any two characters.
/// </summary>
internal static class TokenSplitter
{
    /// <summary>Positions i (0 &lt; i &lt; length) where "text[..i]" may end a line.</summary>
    public static IEnumerable<int> Sensible(string text)
    {
        for (var i = NextSensible(text, 0); i > 0; i = NextSensible(text, i))
        {
            yield return i;
        }
    }

    /// <summary>The first sensible break point after <paramref name="after"/>, or −1: <see cref="Sensible"/> without an enumerator, for every token of the book.</summary>
    public static int NextSensible(string text, int after)
    {
        for (var i = Math.Max(after + 1, 1); i < text.Length; i++)
        {
            var before = text[i - 1];
            var next = text[i];
            var afterSeparator = before is '/' or '.' or '-' or '_' or '?' or '&' or '=' or '#'
                && next is not '/' and not '.' and not '-' and not '_';
            var caseChange = char.IsLower(before) && char.IsUpper(next);
            var afterScope = before == ':' && i >= 2 && text[i - 2] == ':' && next != ':';
            if (afterSeparator || caseChange || afterScope)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every boundary between grapheme clusters.</summary>
    public static IEnumerable<int> Anywhere(string text)
    {
        var i = StringInfo.GetNextTextElementLength(text, 0);
        while (i < text.Length)
        {
            yield return i;
            i += StringInfo.GetNextTextElementLength(text, i);
        }
    }

    /// <summary>Whether the word reads as an address rather than prose: never hyphenate it.</summary>
    public static bool LooksLikeAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (text.Contains('@') && text.Contains('.'))
        || text.Contains('/');
}
