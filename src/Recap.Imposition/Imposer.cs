using System.Collections.Immutable;
using System.Globalization;
using Recap.Frames;

namespace Recap.Imposition;

/// <summary>
/// Imposes a booklet for saddle stitching: two pages side by side on each landscape sheet side,
/// in the order of <see cref="SaddleStitch"/>, so that printing duplex (flip on the short edge),
/// stacking the sheets in order and folding them down the middle gives the booklet. The pages
/// are placed whole, as <see cref="PlacedPageItem"/>s: an exporter draws them as vectors from the
/// same frames. The result carries no structure tree or outline: it is a file for the printer.
/// </summary>
public static class Imposer
{
    /// <exception cref="ArgumentException">The booklet has no pages, its pages differ in size, or the sheet has no room for them.</exception>
    public static ImposedBooklet Impose(PagedDocument booklet, ImpositionOptions options)
    {
        ArgumentNullException.ThrowIfNull(booklet);
        ArgumentNullException.ThrowIfNull(options);
        if (booklet.Pages.IsEmpty)
        {
            throw new ArgumentException("the booklet has no pages", nameof(booklet));
        }

        var page = booklet.Pages[0].Size;
        if (booklet.Pages.Any(p => !PaperNames.Same(p.Size, page)))
        {
            throw new ArgumentException("the booklet's pages differ in size: a saddle-stitched booklet needs one size", nameof(booklet));
        }

        var sheet = (options.Sheet ?? SheetChoice.For(page)).Landscape;
        var layout = SheetLayout.Fit(page, sheet, options.Marks ? PrinterMarks.Margin : 0);
        ImmutableArray<FrameItem> marks = options.Marks ? [.. PrinterMarks.For(layout)] : [];

        var sides = new List<Page>();
        foreach (var side in SaddleStitch.Sides(booklet.Pages.Length))
        {
            var items = ImmutableArray.CreateBuilder<FrameItem>(2 + marks.Length);
            Place(items, booklet, side.Left, layout.LeftOrigin, layout.Scale);
            Place(items, booklet, side.Right, layout.RightOrigin, layout.Scale);
            items.AddRange(marks);
            var label = string.Create(CultureInfo.InvariantCulture, $"Sheet {side.Sheet} {(side.Front ? "front" : "back")}");
            sides.Add(new Page(sheet, items.ToImmutable(), label));
        }

        var document = new PagedDocument(sides, new StructureElement(StructureKind.Document), [], booklet.Info);
        return new ImposedBooklet(document, sheet, layout.Scale, Note(page, sheet, layout.Scale, options.Marks));
    }

    /// <summary>Places booklet page <paramref name="number"/> (from 1); a padding blank places nothing.</summary>
    private static void Place(ImmutableArray<FrameItem>.Builder items, PagedDocument booklet, int number, Point origin, double scale)
    {
        if (number <= booklet.Pages.Length)
        {
            items.Add(new PlacedPageItem(booklet.Pages[number - 1], origin, scale));
        }
    }

    private static string? Note(Size page, Size sheet, double scale, bool marks)
    {
        if (scale == 1)
        {
            return null;
        }

        var percent = (scale * 100).ToString("0.#", CultureInfo.InvariantCulture);
        var room = marks ? "two and the marks" : "two";
        return $"{PaperNames.Name(page)} pages scaled to {percent}% to fit {room} on {Article(PaperNames.Name(sheet))} sheet";
    }

    private static string Article(string name) => ("aeiouAEIOU".Contains(name[0]) ? "an " : "a ") + name;
}
