using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Layout.Pages;
using Recap.Model;
using Recap.Model.Phrases;
using Recap.Model.Talks;

namespace Recap.Layout.Booklet;

/// <summary>
/// The contents as a vertical list: a heading like a write-up's opener, then one entry a write-up
/// (its title, its speakers below in italic) or added section (the programme, the speakers), dot
/// leaders and the page number in tabular figures on the title's last line. Each entry is a TOCI element: a link (the title and page number; its
/// areas cover the whole entry) and the speakers.
/// The page numbers come from the caller (the previous pass's page map); a missing one is left blank.
/// </summary>
internal sealed class ContentsList(PageText text)
{
    /// <summary>The id of the contents' mark (its continuation pages carry "Contents" as running head), anchor and named destination.</summary>
    public const string MarkId = SectionIds.Contents;

    private string Title => text.Phrases.Contents;

    // Room for three figures: page numbers never change the entries' line breaks, so the contents'
    // length does not depend on the numbers it prints.
    private const int Figures = 3;

    private Styles.Theme Theme => text.Theme;

    public IReadOnlyList<FlowNode> Build(IReadOnlyList<ContentsEntry> entries, IReadOnlyDictionary<string, int> pages, StructureElement section)
    {
        var nodes = new List<FlowNode> { new FlowMark(MarkId, Title) };
        SectionHeading.Add(nodes, text, Title, section.Add(StructureKind.H1), MarkId);
        var toc = section.Add(StructureKind.TOC);

        // Every entry's leaders end at one edge, a gap before the widest number the list prints:
        // flush against it for three figures, not stopping short of every one- and two-figure number.
        var widest = entries.Select(e => pages.TryGetValue(e.Id, out var page) ? PageMap.Label(page).Length : 1).DefaultIfEmpty(1).Max();
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                nodes.Add(new FlowGlue(Theme.BodyLeading * 0.6));
            }

            Entry(nodes, entries[i], SectionIds.ContentsEntry(i), pages.TryGetValue(entries[i].Id, out var page) ? PageMap.Label(page) : null, widest, toc.Add(StructureKind.TOCI));
        }

        return nodes;
    }

    /// <param name="widest">The figures of the widest page number in the list: where the leaders of every entry end.</param>
    /// <param name="id">The entry's anchor: a contents page that begins with it is marked in the ebook's nav.</param>
    private void Entry(List<FlowNode> nodes, ContentsEntry entry, string id, string? page, int widest, StructureElement item)
    {
        var link = item.Add(StructureKind.Link);
        var face = Theme.Fonts.Regular.Primary;
        var cell = TabularFigures.CellWidth(face, Theme.BodySize);
        var gap = text.ReferenceGap;
        var measure = Theme.Measure - (cell * Figures) - gap;
        var leading = Theme.BodyLeading;
        var baseline = Baseline.Of(face, Theme.BodySize, leading);
        var target = new DestinationTarget(entry.Id);

        var title = text.Lines(entry.Title, text.Ragged(Theme.BodySize, measure, TextWeight.Medium), link);
        var speakers = entry.Speakers.Count == 0
            ? []
            : text.Lines(string.Join(", ", entry.Speakers), text.Ragged(Theme.BodySize, measure, color: Theme.MutedColor) with { Italic = true }, item.Add(StructureKind.P));
        for (var i = 0; i < title.Count; i++)
        {
            var items = ImmutableArray.CreateBuilder<FrameItem>();
            items.Add(title[i].At(new Point(0, baseline)));
            if (i == title.Count - 1)
            {
                text.PageReference(title[i].Runs, 0, Theme.Measure - (cell * widest) - gap, baseline, page, link, items);
            }

            Add(nodes, items, leading, target, link, i == 0 ? id : null);
        }

        foreach (var line in speakers)
        {
            var items = ImmutableArray.CreateBuilder<FrameItem>();
            items.Add(line.At(new Point(0, baseline)));
            Add(nodes, items, leading, target, link, null);
        }
    }

    /// <summary>One line of an entry as a box that links to the write-up; an entry is never split across pages.</summary>
    /// <param name="anchor">The entry's id on its first line; null on the lines after it.</param>
    private void Add(List<FlowNode> nodes, ImmutableArray<FrameItem>.Builder items, double leading, DestinationTarget target, StructureElement link, string? anchor)
    {
        if (anchor is null)
        {
            nodes.Add(FlowPenalty.Forbid);
        }

        items.Add(new LinkItem(new Rect(0, 0, Theme.Measure, leading), target, link));
        nodes.Add(new FlowBox(leading, items.ToImmutable(), Anchor: anchor is null ? null : new Anchor(anchor)));
    }
}
