using System.Text;
using CsCheck;
using Recap.Markdown.Typography;
using Recap.Model.Phrases;

namespace Recap.Markdown.Tests;

/// <summary>
/// Smart punctuation copies the runs between marks whole and builds its result without a
/// StringBuilder; this holds it to the rule as first written, one character at a time, for all inputs.
/// </summary>
public sealed class SmartPunctuationProperties
{
    private static readonly Gen<QuoteMarks> Marks = Gen.OneOf("en", "de", "fr", "ja", "sv").Select(language => PhraseSet.For(language).Quotes);

    private static readonly Gen<char?> Previous =
        Gen.Frequency((1, Gen.Const((char?)null)), (3, Gen.Char["a1 (-\u201C\u2014.\"'\n"].Select(c => (char?)c)));

    [Fact]
    public void Punctuation_is_the_character_by_character_rule_for_every_text() =>
        Gen.Select(Gen.String[Gen.Char["-.\"'a1 (/\u2018\n\u00A0"], 0, 24], Marks, Previous, Gen.Bool).Sample((text, marks, previous, escaped) =>
            Assert.Equal(CharacterByCharacter(text, marks, previous, escaped), SmartPunctuation.Apply(text, marks, previous, escaped)),
            iter: 20_000);

    /// <summary>The rule as first written.</summary>
    private static string CharacterByCharacter(string text, QuoteMarks marks, char? previous, bool firstEscaped)
    {
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
        before is null || char.IsWhiteSpace(before.Value) || "([{\u2018\u201C\u2014\u2013-/".Contains(before.Value);
}
