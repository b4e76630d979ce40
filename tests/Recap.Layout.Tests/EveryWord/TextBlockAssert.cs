using Recap.Layout.Styles;
using UglyToad.PdfPig;

namespace Recap.Layout.Tests.EveryWord;

/// <summary>Reads a written PDF with PdfPig: every word's box on the body pages lies inside the page's text block.</summary>
internal static class TextBlockAssert
{
    // As the page composer's check allows: protrusion into the margin, ascenders above the first line.
    private const double Tolerance = 4;

    /// <param name="bodyPages">The page numbers set by the page builder (not the cover, colophon, notes pages or back cover).</param>
    public static void WordsInside(string pdfPath, Theme theme, IEnumerable<int> bodyPages)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var outside = new List<string>();
        foreach (var number in bodyPages)
        {
            var page = pdf.GetPage(number);
            var block = theme.TextBlock(number);
            foreach (var word in page.GetWords())
            {
                var box = word.BoundingBox;
                var top = page.Height - box.Top;
                var bottom = page.Height - box.Bottom;

                // The running head's and the folio's bands lie outside the block by design.
                var furniture = bottom < block.Y || top > block.Bottom;
                if (furniture && box.Left >= block.X - Tolerance && box.Right <= block.Right + Tolerance && box.Left >= 0 && box.Right <= page.Width)
                {
                    continue;
                }

                if (box.Left < block.X - Tolerance || box.Right > block.Right + Tolerance || top < block.Y - Tolerance - theme.BodyLeading * 2 || bottom > block.Bottom + theme.Margins.Bottom)
                {
                    outside.Add($"page {number}: \"{word.Text}\" at {box.Left:0.#}..{box.Right:0.#} x {top:0.#}..{bottom:0.#}, block {block.X:0.#}..{block.Right:0.#} x {block.Y:0.#}..{block.Bottom:0.#}");
                }
            }
        }

        Assert.True(outside.Count == 0, string.Join('\n', outside.Take(20)));
    }
}
