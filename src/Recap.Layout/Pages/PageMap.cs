using Recap.Layout.Flow;

namespace Recap.Layout.Pages;

/// <summary>
/// Where every model node starts, derived once from the laid-out pages (Typst's introspector): the
/// contents take page numbers from it, and the ebook its page list.
/// </summary>
public sealed class PageMap
{
    private readonly Dictionary<string, PageLocation> _starts = new(StringComparer.Ordinal);
    private readonly List<PageStart> _pageStarts = [];

    public PageMap(IReadOnlyList<PageBody> pages, Func<int, double> textBlockTop)
    {
        var previous = -1;
        foreach (var (index, placed, anchor) in Anchors(pages))
        {
            var number = index + 1;
            if (index != previous)
            {
                _pageStarts.Add(new PageStart(number, Label(number), anchor.NodeId, anchor.Word));
                previous = index;
            }

            if (anchor.Word < 0)
            {
                _starts.TryAdd(anchor.NodeId, new PageLocation(number, textBlockTop(number) + placed.Y));
            }
        }

        PageCount = pages.Count;
    }

    /// <summary>Every anchor of <paramref name="pages"/>, in order, with the index of its page and the box that holds it.</summary>
    internal static IEnumerable<(int Page, PlacedBox Placed, Anchor Anchor)> Anchors(IReadOnlyList<PageBody> pages)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var placed in pages[i].Boxes)
            {
                if (placed.Box.Anchor is { } anchor)
                {
                    yield return (i, placed, anchor);
                }
            }
        }
    }

    public int PageCount { get; }

    /// <summary>For each page that carries content, in order, what it begins with.</summary>
    public IReadOnlyList<PageStart> PageStarts => _pageStarts;

    /// <summary>Where the node with this id starts, if it was laid out.</summary>
    public PageLocation? Find(string nodeId) => _starts.TryGetValue(nodeId, out var location) ? location : null;

    /// <summary>The printed page number: a self-cover booklet counts the cover as page 1, so the label is the PDF page number.</summary>
    public static string Label(int page) => page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
