using System.Globalization;
using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf;

/// <summary>
/// The page labels viewers show instead of page indices. Runs of consecutive decimal numbers
/// (1, 2, 3) or lower-case roman numerals (i, ii, iii) become one numbered range; any other label
/// is a range of its own that holds the label as its prefix.
/// </summary>
internal static class PageLabels
{
    /// <summary>The /PageLabels number tree (inline), or null when no page has a label.</summary>
    public static PdfBuffer? Build(PageSequence pages)
    {
        if (Enumerable.Range(0, pages.Count).All(i => pages.Label(i) is null))
        {
            return null;
        }

        var nums = new PdfBuffer().Ascii("<</Nums[");
        (char Style, int Number)? previous = null;
        for (var i = 0; i < pages.Count; i++)
        {
            var label = pages.Label(i) ?? "";
            var current = Parse(label);
            if (current is { } c && previous is { } p && c.Style == p.Style && c.Number == p.Number + 1)
            {
                previous = current;
                continue;
            }

            nums.Int(i);
            if (current is { } start)
            {
                nums.Ascii("<</S/").Byte((byte)start.Style).Ascii("/St ").Int(start.Number).Ascii(">>");
            }
            else
            {
                nums.Ascii("<</P").Text(label).Ascii(">>");
            }

            previous = current;
        }

        return nums.Ascii("]>>");
    }

    /// <summary>A label the numbering styles can produce: D (decimal) or r (lower roman), and its number.</summary>
    private static (char Style, int Number)? Parse(string label)
    {
        if (label.Length > 0 && label[0] != '0' && int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return ('D', number);
        }

        for (var n = 1; n < 40; n++)
        {
            if (Roman(n) == label)
            {
                return ('r', n);
            }
        }

        return null;
    }

    private static string Roman(int number)
    {
        string[] tens = ["", "x", "xx", "xxx"];
        string[] ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        return tens[number / 10] + ones[number % 10];
    }
}
