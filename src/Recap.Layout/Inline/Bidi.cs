using System.Text;
using Recap.Model.TextRules;

namespace Recap.Layout.Inline;

/// <summary>
/// The part of the Unicode bidirectional algorithm (UAX #9) recaps meet: a run of right-to-left
/// letters (Hebrew, Arabic and the like) and the neutrals between them is shaped right-to-left and
/// shown in reverse order, everything else stays left-to-right; a paragraph whose first strong
/// character is right to left (<see cref="WritingDirection"/>) is set right to left as a whole.
/// No embeddings, no overrides.
/// </summary>
internal static class Bidi
{
    /// <summary>
    /// Marks each UTF-16 index of <paramref name="text"/> that belongs to a right-to-left run:
    /// from a strong RTL character to the last strong RTL character before the next strong LTR
    /// one, neutrals in between included (rules W1–N1 for the simple case). Null when none.
    /// </summary>
    public static bool[]? RightToLeftMask(string text)
    {
        // No strong right-to-left character lies below U+0590 (WritingDirection's first range), and every
        // one above it, surrogates included, is at or past it: most words are settled by this one scan.
        // A plain loop: MemoryExtensions.ContainsAnyInRange boxes each bound until the JIT optimises it.
        if (!HasCharacterFrom(text, '\u0590'))
        {
            return null;
        }

        bool[]? mask = null;
        var runStart = -1;
        var lastRtlEnd = -1;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var next = i + rune.Utf16SequenceLength;
            if (WritingDirection.IsStrongRightToLeft(rune))
            {
                runStart = runStart < 0 ? i : runStart;
                lastRtlEnd = next;
            }
            else if (WritingDirection.IsStrongLeftToRight(rune) && runStart >= 0)
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

    private static bool HasCharacterFrom(string text, char first)
    {
        foreach (var c in text)
        {
            if (c >= first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text has no strong character at all (punctuation, digits, symbols).</summary>
    public static bool IsNeutral(ReadOnlySpan<char> text)
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

    /// <summary>Whether a paragraph of these pieces (in logical order) runs right to left: its first piece with a letter does.</summary>
    public static bool IsRightToLeft(ReadOnlySpan<Piece> pieces)
    {
        foreach (var piece in pieces)
        {
            if (!IsNeutral(piece.Text))
            {
                return piece.Direction == Fonts.TextDirection.RightToLeft;
            }
        }

        return false;
    }
}
