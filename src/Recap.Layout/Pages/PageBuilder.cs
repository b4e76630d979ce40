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
 *
 *   Footnotes split as TeX splits insertions: a note longer than the room left at the foot of
 *   its page sets as many of its lines as fit there (at least its first, so reference and note
 *   begin on the same page) and the rest continues at the foot of the following pages, before
 *   their own notes. While a note is held over, no further note starts on the page (its
 *   reference waits for the next one), and held-over lines take at most NoteShare of a page,
 *   so body text always moves on. Before a forced break, what is held over gets pages of its own.
 */

/// <summary>Cuts a vertical list into page bodies of a given height.</summary>
/// <param name="bodyHeight">The height of the text block.</param>
/// <param name="footnoteSkip">Space above a page's first footnote (it holds the separator rule).</param>
public sealed class PageBuilder(double bodyHeight, double footnoteSkip)
{
    // Rounding in glyph metrics must not push a box that fits exactly onto the next page.
    private const double Tolerance = 0.01;

    /// <summary>The most of a page that note lines held over from earlier pages may fill.</summary>
    public const double NoteShare = 0.8;

    /// <param name="firstPage">The number of the first page built (pages before it are set elsewhere): rectos are odd.</param>
    /// <param name="running">The write-up running where the list begins, when it continues one built before
    /// (<see cref="RunningAfter"/>): a list that begins after a forced break is cut alike alone or after it.</param>
    public IReadOnlyList<PageBody> Build(IReadOnlyList<FlowNode> nodes, int firstPage = 1, FlowMark? running = null)
    {
        var pages = new List<PageBody>();
        var heldOver = new List<FlowBox>();
        // One page is filled at a time: each takes over these lists, and its body keeps copies of their exact size.
        var (boxes, footnotes) = (new List<PlacedBox>(), new List<FlowBox>());
        PageState NewPage(FlowMark? carried) => new(carried, boxes, footnotes, heldOver, bodyHeight * NoteShare, footnoteSkip);
        var page = NewPage(running);
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
                    while (!page.IsEmpty || page.HasNotes)
                    {
                        pages.Add(page.Finish());
                        page = NewPage(page.Carried);
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
                        page = NewPage(page.Carried);
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

                    if (page.Fits(box, bodyHeight + Tolerance, footnoteSkip) || (page.HoldsOnlyHeaders && !page.HasNotes))
                    {
                        page.Place(box, bodyHeight + Tolerance, footnoteSkip);
                        index++;
                    }
                    else if (page.Breakpoint is { } breakpoint)
                    {
                        pages.Add(page.FinishAt(breakpoint));
                        page = NewPage(breakpoint.Carried);
                        index = breakpoint.Index + 1;
                    }
                    else
                    {
                        pages.Add(page.Finish());
                        page = NewPage(page.Carried);
                    }

                    break;

                default:
                    throw new InvalidOperationException($"unknown flow node {nodes[index].GetType().Name}");
            }
        }

        while (!page.IsEmpty || page.HasNotes)
        {
            pages.Add(page.Finish());
            page = NewPage(page.Carried);
        }

        return pages;
    }

    /// <summary>The write-up running at the end of <paramref name="nodes"/>: its last mark, else the one running before it.</summary>
    public static FlowMark? RunningAfter(IReadOnlyList<FlowNode> nodes, FlowMark? running = null)
    {
        // From the end: the book's list is a few hundred thousand nodes and its last mark is near the end.
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (nodes[i] is FlowMark mark)
            {
                return mark;
            }
        }

        return running;
    }

    /// <summary>A legal place to end the page: the node index, what the page held there, and the write-up running on.</summary>
    private readonly record struct Breakpoint(int Index, int Boxes, int Footnotes, int HeldOver, int Cost, FlowMark? Carried);

    /// <summary>The page being filled.</summary>
    private sealed class PageState
    {
        private readonly List<PlacedBox> _boxes;
        private readonly List<FlowBox> _footnotes;
        private readonly List<FlowBox> _heldOver;
        private double _y;
        private double _footnoteHeight;
        private FlowMark? _mark;
        private bool _opens;
        private int _headers;

        /// <summary>
        /// A new page in the emptied <paramref name="boxes"/> and <paramref name="footnotes"/>, which first
        /// takes the note lines held over from the page before (up to <paramref name="noteRoom"/>).
        /// </summary>
        public PageState(FlowMark? carried, List<PlacedBox> boxes, List<FlowBox> footnotes, List<FlowBox> heldOver, double noteRoom, double footnoteSkip)
        {
            boxes.Clear();
            footnotes.Clear();
            (_boxes, _footnotes) = (boxes, footnotes);
            _mark = carried;
            Carried = carried;
            _heldOver = heldOver;
            var taken = 0;
            while (taken < heldOver.Count && (taken == 0 || _footnoteHeight + heldOver[taken].Height + footnoteSkip <= noteRoom))
            {
                _footnotes.Add(heldOver[taken]);
                _footnoteHeight += heldOver[taken].Height;
                taken++;
            }

            heldOver.RemoveRange(0, taken);
        }

        /// <summary>The write-up running at this point of the list.</summary>
        public FlowMark? Carried { get; private set; }

        public Breakpoint? Breakpoint { get; private set; }

        public bool IsEmpty => _boxes.Count == 0;

        public bool HoldsOnlyHeaders => _boxes.Count == _headers;

        /// <summary>Notes are set on this page, or held over from it.</summary>
        public bool HasNotes => _footnotes.Count > 0 || _heldOver.Count > 0;

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
            Breakpoint = new Breakpoint(index, _boxes.Count, _footnotes.Count, _heldOver.Count, cost, Carried);

        public void Skip(double height) => _y += height;

        /// <summary>
        /// The box fits with all its notes, or with the first line of its first note when the
        /// rest may be held over (no note is held over already).
        /// </summary>
        public bool Fits(FlowBox box, double height, double footnoteSkip)
        {
            if (box.Footnotes.IsDefaultOrEmpty)
            {
                return _y + box.Height + _footnoteHeight + (_footnoteHeight > 0 ? footnoteSkip : 0) <= height;
            }

            if (_heldOver.Count > 0)
            {
                return false;
            }

            return _y + box.Height + _footnoteHeight + footnoteSkip + box.Footnotes[0].Height <= height;
        }

        /// <summary>Sets a table's header row again at the top of the page.</summary>
        public void PlaceHeader(FlowBox header)
        {
            _boxes.Add(new PlacedBox(header, _y));
            _y += header.Height;
            _headers++;
        }

        /// <summary>Places the box and as many of its note lines as fit; the rest are held over, in order.</summary>
        public void Place(FlowBox box, double height, double footnoteSkip)
        {
            _boxes.Add(new PlacedBox(box, _y));
            _y += box.Height;
            if (box.Footnotes.IsDefaultOrEmpty)
            {
                return;
            }

            foreach (var line in box.Footnotes)
            {
                var fits = _y + _footnoteHeight + line.Height + footnoteSkip <= height;
                if (_heldOver.Count == 0 && (fits || ReferenceEquals(line, box.Footnotes[0])))
                {
                    _footnotes.Add(line);
                    _footnoteHeight += line.Height;
                }
                else
                {
                    _heldOver.Add(line);
                }
            }
        }

        public PageBody Finish() => new([.. _boxes], [.. _footnotes], _mark, _opens);

        /// <summary>Ends the page at the breakpoint: the boxes after it go to the next page, and so do their notes, held over or not.</summary>
        public PageBody FinishAt(Breakpoint breakpoint)
        {
            _heldOver.RemoveRange(breakpoint.HeldOver, _heldOver.Count - breakpoint.HeldOver);
            return new([.. _boxes.Take(breakpoint.Boxes)], [.. _footnotes.Take(breakpoint.Footnotes)], _mark, _opens);
        }
    }
}
