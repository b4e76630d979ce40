using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Recap.Model;

/// <summary>
/// Turns titles into lower-case slugs, the one rule for every output's names, ids and anchors:
/// <c>Built for Snappiness</c> → <c>built-for-snappiness</c>. Latin letters fold to ASCII; letters
/// and digits of other scripts are kept as they are (<c>並行処理入門</c> → <c>並行処理入門</c>,
/// <c>Введение в Go</c> → <c>введение-в-go</c>), as IRIs, XML ids, file names and PDF names all
/// allow them, so a title in any script has a slug of its own that a reader can still read.
/// </summary>
public static class Slug
{
    /// <summary>
    /// The longest slug, in UTF-8 bytes: output files are named <c>.&lt;slug&gt;-imposed.pdf.&lt;32 hex&gt;.tmp</c>
    /// while written, which must stay within the 255 bytes a file name may have on common file systems.
    /// </summary>
    public const int MaxLength = 100;

    private const int DigestLength = 8;

    /// <summary>The slug of a text with no letter or digit in any script.</summary>
    private const string Untitled = "untitled";

    /// <summary>The slug of <paramref name="text"/>, or when it has no letter or digit at all, of <paramref name="fallback"/> (a file name).</summary>
    public static string From(string text, string fallback) => From(text) is var slug && slug != Untitled ? slug : From(fallback);

    public static string From(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 4 * MaxLength));
        var pendingDash = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.IsBmp ? (char)rune.Value : '\0';
            var letters = rune.IsAscii ? null : LatinFolding.Fold(c);
            if ((rune.IsAscii && char.IsAsciiLetterOrDigit(c)) || letters is { Length: > 0 } || KeptAsIs(rune, builder.Length > 0 && !pendingDash))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                if (letters is not null)
                {
                    builder.Append(letters);
                }
                else
                {
                    builder.Append(Rune.ToLowerInvariant(rune).ToString());
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

        return builder.Length == 0 ? Untitled : Shorten(builder.ToString());
    }

    /// <summary>
    /// A letter or digit of a script the Latin folding does not cover, or a combining mark right
    /// after one (Devanagari and Thai vowel signs are marks, and the word is not readable without them).
    /// Latin letters outside the folding table stay too: a slug keeps every letter it can.
    /// </summary>
    private static bool KeptAsIs(Rune rune, bool afterLetter) =>
        !rune.IsAscii && (Rune.IsLetterOrDigit(rune) || (afterLetter && Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));

    /// <summary>
    /// A slug over <see cref="MaxLength"/> bytes keeps its start, cut at a word where one is near (and
    /// never inside a character), and ends in a digest of the whole: deterministic, and two long
    /// titles that share a start stay apart.
    /// </summary>
    private static string Shorten(string slug)
    {
        if (Encoding.UTF8.GetByteCount(slug) <= MaxLength)
        {
            return slug;
        }

        var budget = MaxLength - DigestLength - 1;
        var keep = 0;
        var bytes = 0;
        foreach (var rune in slug.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            keep += rune.Utf16SequenceLength;
        }

        var cut = slug.LastIndexOf('-', keep);
        var head = slug[..(cut > keep / 2 ? cut : keep)];
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..DigestLength];
        return head + "-" + digest;
    }
}
