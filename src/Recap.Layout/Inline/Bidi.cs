using System.Text;

namespace Recap.Layout.Inline;

/// <summary>
/// The part of the Unicode bidirectional algorithm (UAX #9) a left-to-right recap meets: a run
/// of right-to-left letters (Hebrew, Arabic and the like) and the neutrals between them is
/// shaped right-to-left and shown in reverse order, everything else stays left-to-right.
/// No embeddings, no overrides, no right-to-left paragraphs.
/// </summary>
internal static class Bidi
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
    /// Marks each UTF-16 index of <paramref name="text"/> that belongs to a right-to-left run:
    /// from a strong RTL character to the last strong RTL character before the next strong LTR
    /// one, neutrals in between included (rules W1–N1 for the simple case). Null when none.
    /// </summary>
    public static bool[]? RightToLeftMask(string text)
    {
        bool[]? mask = null;
        var runStart = -1;
        var lastRtlEnd = -1;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var next = i + rune.Utf16SequenceLength;
            if (IsStrongRightToLeft(rune))
            {
                runStart = runStart < 0 ? i : runStart;
                lastRtlEnd = next;
            }
            else if (IsStrongLeftToRight(rune) && runStart >= 0)
            {
                mask ??= new bool[text.Length];
                Array.Fill(mask, true, runStart, lastRtlEnd - runStart);
                runStart = -1;
            }

            i = next;
        }

        if (runStart >= 0)
        {
            mask ??= new bool[text.Length];
            Array.Fill(mask, true, runStart, lastRtlEnd - runStart);
        }

        return mask;
    }

    /// <summary>Whether the text has no strong character at all (punctuation, digits, symbols).</summary>
    public static bool IsNeutral(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                return false;
            }
        }

        return true;
    }
}
