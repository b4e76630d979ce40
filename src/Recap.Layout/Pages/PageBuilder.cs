using System.Collections.Immutable;
using Recap.Layout.Flow;

namespace Recap.Layout.Pages;

/*
 * The page builder cuts the vertical list into pages: TeX's page builder with a ragged bottom,
 * measured-then-placed like QuestPDF's paging loop.
 *
 *   Walk the list, placing boxes while they and their footnotes fit in the text block, and
 *   remember the last legal breakpoint: glue right after a box, or a penalty below Never.
 *   When a box does not fit, end the page at that breakpoint and go on from just after it, so
 *   what followed the breakpoint is measured again on the new page.
 *   Glue and penalties at the top of a page vanish; a table row that opens a page brings its
 *   header row. When the page has no legal breakpoint (a keep longer than a page), the page
 *   ends before the box that does not fit; a box taller than a whole page is set alone.
 *   Marks record which write-up each page belongs to; a forced break may ask for a recto.
 */

/// <summary>Cuts a vertical list into page bodies of a given height.</summary>
/// <param name="bodyHeight">The height of the text block.</param>
/// <param name="footnoteSkip">Space above a page's first footnote (it holds the separator rule).</param>
public sealed class PageBuilder(double bodyHeight, double footnoteSkip)
{
    // Rounding in glyph metrics must not push a box that fits exactly onto the next page.
    private const double Tolerance = 0.01;

    /// <param name="firstPage">The number of the first page built (pages before it are set elsewhere): rectos are odd.</param>
    public IReadOnlyList<PageBody> Build(IReadOnlyList<FlowNode> nodes, int firstPage = 1)
    {
        var pages = new List<PageBody>();
        var page = new PageState(carried: null);
        var index = 0;
        while (index < nodes.Count)
        {
            switch (nodes[index])
            {
                case FlowMark mark:
                    page.Enter(mark);
                    index++;
                    break;

                case FlowPageBreak pageBreak:
                    if (!page.IsEmpty)
                    {
                        pages.Add(page.Finish());
                        page = new PageState(page.Carried);
                    }

                    // The next page's number is firstPage + pages.Count: an even one is a verso, so leave it blank.
                    if (pageBreak.Recto && (firstPage + pages.Count) % 2 == 0)
                    {
                        pages.Add(new PageBody([], [], page.Carried, Opens: false));
                    }

                    index++;
                    break;

                case FlowGlue glue:
                    if (!page.IsEmpty)
                    {
                        if (index > 0 && nodes[index - 1] is FlowBox)
                        {
                            page.Remember(index, 0);
                        }

                        page.Skip(glue.Height);
                    }

                    index++;
                    break;

                case FlowPenalty penalty when penalty.Cost <= FlowPenalty.Always:
                    if (!page.IsEmpty)
                    {
                        pages.Add(page.Finish());
                        page = new PageState(page.Carried);
                    }

                    index++;
                    break;

                case FlowPenalty penalty:
                    if (!page.IsEmpty && penalty.Cost < FlowPenalty.Never)
                    {
                        page.Remember(index, penalty.Cost);
                    }

                    index++;
                    break;

                case FlowBox box:
                    if (page.IsEmpty && box.RepeatHeader is { } header && !ReferenceEquals(header, box))
                    {
                        page.PlaceHeader(header);
                    }

                    if (page.Fits(box, bodyHeight + Tolerance, footnoteSkip) || page.HoldsOnlyHeaders)
                    {
                        page.Place(box);
                        index++;
                    }
                    else if (page.Breakpoint is { } breakpoint)
                    {
                        pages.Add(page.FinishAt(breakpoint));
                        page = new PageState(breakpoint.Carried);
                        index = breakpoint.Index + 1;
                    }
                    else
                    {
                        pages.Add(page.Finish());
                        page = new PageState(page.Carried);
                    }

                    break;

                default:
                    throw new InvalidOperationException($"unknown flow node {nodes[index].GetType().Name}");
            }
        }

        if (!page.IsEmpty)
        {
            pages.Add(page.Finish());
        }

        return pages;
    }

    /// <summary>A legal place to end the page: the node index, what the page held there, and the write-up running on.</summary>
    private sealed record Breakpoint(int Index, int Boxes, int Footnotes, int Cost, FlowMark? Carried);

    /// <summary>The page being filled.</summary>
    private sealed class PageState(FlowMark? carried)
    {
        private readonly List<PlacedBox> _boxes = [];
        private readonly List<FlowBox> _footnotes = [];
        private double _y;
        private double _footnoteHeight;
        private FlowMark? _mark = carried;
        private bool _opens;
        private int _headers;

        /// <summary>The write-up running at this point of the list.</summary>
        public FlowMark? Carried { get; private set; } = carried;

        public Breakpoint? Breakpoint { get; private set; }

        public bool IsEmpty => _boxes.Count == 0;

        public bool HoldsOnlyHeaders => _boxes.Count == _headers;

        public void Enter(FlowMark mark)
        {
            Carried = mark;
            if (IsEmpty)
            {
                _mark = mark;
                _opens = true;
            }
        }

        public void Remember(int index, int cost) =>
            Breakpoint = new Breakpoint(index, _boxes.Count, _footnotes.Count, cost, Carried);

        public void Skip(double height) => _y += height;

        public bool Fits(FlowBox box, double height, double footnoteSkip)
        {
            var notes = box.Footnotes.IsDefaultOrEmpty ? 0 : box.Footnotes.Sum(n => n.Height);
            var footnotes = _footnoteHeight + notes;
            var skip = footnotes > 0 ? footnoteSkip : 0;
            return _y + box.Height + footnotes + skip <= height;
        }

        /// <summary>Sets a table's header row again at the top of the page.</summary>
        public void PlaceHeader(FlowBox header)
        {
            Place(header);
            _headers++;
        }

        public void Place(FlowBox box)
        {
            _boxes.Add(new PlacedBox(box, _y));
            _y += box.Height;
            if (!box.Footnotes.IsDefaultOrEmpty)
            {
                _footnotes.AddRange(box.Footnotes);
                _footnoteHeight += box.Footnotes.Sum(n => n.Height);
            }
        }

        public PageBody Finish() => new([.. _boxes], [.. _footnotes], _mark, _opens);

        public PageBody FinishAt(Breakpoint breakpoint) =>
            new([.. _boxes.Take(breakpoint.Boxes)], [.. _footnotes.Take(breakpoint.Footnotes)], _mark, _opens);
    }
}
