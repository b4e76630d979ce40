using System.Text;

namespace Recap.Layout.Inline;

/// <summary>
/// Where a line may break inside text without spaces (Chinese, Japanese): between two characters
/// when one of them is ideographic (UAX #14's ID class: Han, kana, Hangul, CJK punctuation and
/// full-width forms), except where the kinsoku rules forbid it: never before closing punctuation,
/// small kana, the prolonged sound mark or iteration marks; never after opening punctuation;
/// never inside a run of ellipses or dashes.
/// </summary>
internal static class CjkBreaks
{
    private const string NoBreakBefore =
        "、。，．・：；？！‼⁇⁈⁉ー～」』）〕］｝〉》】〙〗〟’”｠»)]},.:;!?ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ゠–〜…‥%％";

    private const string NoBreakAfter = "「『（〔［｛〈《【〘〖〝‘“｟«([{";

    private static readonly int[] None = [];

    /// <summary>The UTF-16 offsets inside <paramref name="text"/> where a line may break between two characters.</summary>
    public static IReadOnlyList<int> Points(string text)
    {
        // Asked of every word of every paragraph: a word without ideographs shares one empty list.
        if (!HasIdeographs(text))
        {
            return None;
        }

        var points = new List<int>();
        Rune? previous = null;
        var offset = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (previous is { } before && (IsIdeographic(before) || IsIdeographic(rune)) && Allowed(before, rune))
            {
                points.Add(offset);
            }

            previous = rune;
            offset += rune.Utf16SequenceLength;
        }

        return points;
    }

    private static bool HasIdeographs(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u2E80')
            {
                return true;
            }
        }

        return false;
    }

    private static bool Allowed(Rune before, Rune after)
    {
        if (before.IsBmp && NoBreakAfter.Contains((char)before.Value, StringComparison.Ordinal))
        {
            return false;
        }

        if (after.IsBmp && NoBreakBefore.Contains((char)after.Value, StringComparison.Ordinal))
        {
            return false;
        }

        // Combining marks and joiners belong to the character before them.
        return Rune.GetUnicodeCategory(after) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format);
    }

    private static bool IsIdeographic(Rune rune) => rune.Value is
        (>= 0x2E80 and <= 0x2FFF) or (>= 0x3000 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
        or (>= 0xA960 and <= 0xA97F) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
        or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFF);
}
