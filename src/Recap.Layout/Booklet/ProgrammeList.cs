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
/// The programme page after the contents, when any talk has a time: one entry a talk in time order,
/// the time in a column of its own (the list label), then the title with leaders and its page
/// number (one link to the talk), the speakers in italic and the room and track. When the times
/// span more than one day, each day opens with its date. Tagged as a list.
/// </summary>
internal sealed class ProgrammeList(PageText text)
{
    /// <summary>The mark, anchor and named destination of the programme (running head, outline, page list).</summary>
    public const string MarkId = SectionIds.Programme;

    private string Title => text.Phrases.Programme;

    private const int Figures = 3;

    private Styles.Theme Theme => text.Theme;

    public IReadOnlyList<FlowNode> Build(IReadOnlyList<ProgrammeSlot> slots, IReadOnlyDictionary<string, int> pages, StructureElement section)
    {
        var nodes = new List<FlowNode> { new FlowMark(MarkId, Title) };
        SectionHeading.Add(nodes, text, Title, section.Add(StructureKind.H1), MarkId);
        var list = section.Add(StructureKind.L);
        var days = Model.Talks.Programme.SpansDays(slots, text.Meta.Date);
        DateOnly? day = null;
        for (var i = 0; i < slots.Count; i++)
        {
            var date = slots[i].When.Date ?? text.Meta.Date;
            if (days && (i == 0 || date != day) && date is { } shown)
            {
                DayHeading(nodes, shown, list, first: i == 0);
            }

            day = date;
            if (i > 0)
            {
                nodes.Add(new FlowGlue(Theme.BodyLeading * 0.5));
            }

            nodes.Add(Entry(slots[i], SectionIds.ProgrammeSlot(i), pages.TryGetValue(slots[i].Talk.Id, out var page) ? PageMap.Label(page) : null, list.Add(StructureKind.LI)));
        }

        return nodes;
    }

    private void DayHeading(List<FlowNode> nodes, DateOnly date, StructureElement list, bool first)
    {
        if (!first)
        {
            nodes.Add(new FlowGlue(Theme.BodyLeading));
        }

        // A day's heading sits between the list's entries in reading order: an item of its own, all label.
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var lines = text.Lines(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text.Ragged(Theme.BodySize, Theme.Measure, TextWeight.Bold, Theme.AccentColor), list.Add(StructureKind.LI).Add(StructureKind.Lbl));
        var height = text.Place(lines, Theme.BodySize, Theme.BodyLeading, 0, 0, items);
        nodes.Add(new FlowBox(height, items.ToImmutable()));
        nodes.Add(FlowPenalty.Forbid);
        nodes.Add(new FlowGlue(Theme.BodyLeading * 0.3));
        nodes.Add(FlowPenalty.Forbid);
    }

    /// <param name="id">The line's anchor: a page that begins with it is marked in the ebook's programme.</param>
    private FlowBox Entry(ProgrammeSlot slot, string id, string? page, StructureElement item)
    {
        var face = Theme.Fonts.Regular.Primary;
        var size = Theme.BodySize;
        var leading = Theme.BodyLeading;
        var baseline = Baseline.Of(face, size, leading);
        var cell = TabularFigures.CellWidth(face, size);
        var gap = text.ReferenceGap;
        var column = (cell * 5) + (gap * 1.5);
        var measure = Theme.Measure - column - (cell * Figures) - gap;
        var items = ImmutableArray.CreateBuilder<FrameItem>();

        items.Add(TabularFigures.Set(Theme.Fonts.Book, face, size, slot.When.TimeText, cell * 5, baseline, Theme.AccentColor, item.Add(StructureKind.Lbl)));
        var body = item.Add(StructureKind.LBody);
        var link = body.Add(StructureKind.Link);
        var title = text.Lines(slot.Talk.Meta.Title, text.Ragged(size, measure, TextWeight.Medium), link);
        var y = 0.0;
        foreach (var line in title)
        {
            items.Add(line.At(new Point(column, y + baseline)));
            y += leading;
        }

        if (title.Count > 0)
        {
            text.PageReference(title[^1].Runs, column, Theme.Measure - (cell * Figures) - (gap / 2), y - leading + baseline, page, link, items);
        }

        items.Add(new LinkItem(new Rect(column, 0, Theme.Measure - column, y), new DestinationTarget(slot.Talk.Id), link));
        var muted = text.Ragged(size, Theme.Measure - column, color: Theme.MutedColor);
        var speakers = slot.Talk.Meta.Speakers.Select(s => s.Name).ToList();
        if (speakers.Count > 0)
        {
            y += text.Place(text.Lines(Words.NameList(speakers), muted with { Italic = true }, body.Add(StructureKind.P)), size, leading, column, y, items);
        }

        var place = slot.Talk.Meta.Session.Place;
        if (place.Length > 0)
        {
            y += text.Place(text.Lines(place, muted, body.Add(StructureKind.P)), size, leading, column, y, items);
        }

        return new FlowBox(Math.Max(y, leading), items.ToImmutable(), Anchor: new Anchor(id));
    }
}
