using System.Globalization;
using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf;

/// <summary>
/// The page labels viewers show instead of page indices. Runs of consecutive decimal numbers become
/// one numbered range; any other label is a range of its own holding the label as its prefix.
/// </summary>
internal static class PageLabels
{
    /// <summary>The /PageLabels number tree (inline), or null when no page has a label.</summary>
    public static PdfBuffer? Build(IReadOnlyList<Page> pages)
    {
        if (pages.All(p => p.Label is null))
        {
            return null;
        }

        var nums = new PdfBuffer().Ascii("<</Nums[");
        int? previous = null;
        for (var i = 0; i < pages.Count; i++)
        {
            var label = pages[i].Label ?? "";
            var number = int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && label[0] != '0' ? n : (int?)null;
            if (number is not null && previous is not null && number == previous + 1)
            {
                previous = number;
                continue;
            }

            nums.Int(i);
            if (number is { } start)
            {
                nums.Ascii("<</S/D/St ").Int(start).Ascii(">>");
            }
            else
            {
                nums.Ascii("<</P").Text(label).Ascii(">>");
            }

            previous = number;
        }

        return nums.Ascii("]>>");
    }
}
