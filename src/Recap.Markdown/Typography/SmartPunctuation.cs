using System.Buffers;
using System.Runtime.CompilerServices;
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

    /// <summary>The characters the rules start at: text without any is its own result.</summary>
    private static readonly SearchValues<char> Marked = SearchValues.Create("-.\"'");

    public static string Apply(string text, QuoteMarks? marks = null) =>
        text.AsSpan().ContainsAny(Marked) ? Replace(text, marks, previous: null, firstEscaped: false) : text;

    /// <param name="marks">The language's quotation marks; English when null.</param>
    /// <param name="previous">The character just before <paramref name="text"/> in the same paragraph, or null at its start.</param>
    /// <param name="firstEscaped">The first character was backslash-escaped in the source: keep it as written.</param>
    public static string Apply(ReadOnlySpan<char> text, QuoteMarks? marks, char? previous, bool firstEscaped) =>
        text.ContainsAny(Marked) ? Replace(text, marks, previous, firstEscaped) : text.ToString();

    /// <summary>The rules applied to text that holds at least one mark.</summary>
    private static string Replace(ReadOnlySpan<char> text, QuoteMarks? marks, char? previous, bool firstEscaped)
    {
        marks ??= PhraseSet.English.Quotes;

        // Built on the stack, growing into pooled arrays: the result is the only string made.
        var builder = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        var before = previous;
        var i = 0;
        if (firstEscaped)
        {
            builder.AppendFormatted(text[..1]);
            before = text[0];
            i = 1;
        }

        while (i < text.Length)
        {
            var plain = text[i..].IndexOfAny(Marked) is var found and >= 0 ? found : text.Length - i;
            if (plain > 0)
            {
                builder.AppendFormatted(text.Slice(i, plain));
                before = text[i + plain - 1];
                i += plain;
                continue;
            }

            var (mark, length) = Mark(text[i..], before, marks);
            builder.AppendLiteral(mark);
            before = mark.Length > 0 ? mark[^1] : before;
            i += length;
        }

        return builder.ToStringAndClear();
    }

    /// <summary>What the marked character starting <paramref name="rest"/> becomes, and how many characters it takes.</summary>
    private static (string Mark, int Length) Mark(ReadOnlySpan<char> rest, char? before, QuoteMarks marks)
    {
        switch (rest[0])
        {
            case '-' when rest.StartsWith("---"):
                return ("\u2014", 3);
            case '-' when rest.StartsWith("--"):
                return ("\u2013", 2);
            case '.' when rest.StartsWith("..."):
                return ("\u2026", 3);
            case '"':
                return (Opens(before) ? marks.Open : marks.Close, 1);
            case '\'':
                var next = rest.Length > 1 ? rest[1] : (char?)null;
                var opens = Opens(before) && next is { } n && !char.IsWhiteSpace(n);
                var apostrophe = before is { } b && char.IsLetterOrDigit(b) && next is { } a && char.IsLetter(a);
                return (apostrophe ? "\u2019" : opens ? marks.InnerOpen : marks.InnerClose, 1);
            default:
                return (rest[0] == '-' ? "-" : ".", 1); // a lone one
        }
    }

    private static bool Opens(char? before) =>
        before is null || char.IsWhiteSpace(before.Value) || Openers.Contains(before.Value);
}
