using System.Text;

namespace Recap.Model.TextRules;

/// <summary>
/// Which way text runs, as both outputs judge it: a character's strong direction (UAX #9's types R/AL
/// by block, L for any other letter) and a paragraph's base direction, that of its first strong
/// character (rules P2–P3). The booklet sets such a paragraph right to left; the ebook marks it <c>dir="rtl"</c>.
/// </summary>
public static class WritingDirection
{
    /// <summary>Whether the character has a strong right-to-left type (R or AL), judged by its block.</summary>
    public static bool IsStrongRightToLeft(Rune rune) => rune.Value is
        (>= 0x0590 and <= 0x08FF)    // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended
        or (>= 0xFB1D and <= 0xFDFF) // Hebrew and Arabic presentation forms A
        or (>= 0xFE70 and <= 0xFEFF) // Arabic presentation forms B
        or (>= 0x10800 and <= 0x10FFF)
        or (>= 0x1E800 and <= 0x1EFFF);

    /// <summary>Whether the character is a strong left-to-right letter (type L, approximately: any other letter).</summary>
    public static bool IsStrongLeftToRight(Rune rune) => Rune.IsLetter(rune) && !IsStrongRightToLeft(rune);

    /// <summary>
    /// Whether the text's first strong character is right to left: a paragraph of it runs right to left. The
    /// text comes in pieces (<see cref="InlineText.Pieces"/>), read only as far as that character.
    /// </summary>
    public static bool IsRightToLeft(IEnumerable<string> pieces)
    {
        foreach (var piece in pieces)
        {
            foreach (var rune in piece.EnumerateRunes())
            {
                if (IsStrongRightToLeft(rune))
                {
                    return true;
                }

                if (IsStrongLeftToRight(rune))
                {
                    return false;
                }
            }
        }

        return false;
    }
}
