using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Flow;
using Recap.Model;
using Recap.Model.Talks;

namespace Recap.Layout.Booklet;

/// <summary>
/// The pages the booklet adds for a conference's talks: the programme after the contents (when any
/// talk has a time) and the speakers section after the last write-up (when any talk has a speaker).
/// Each pass of the assembler sets them again with the page numbers found so far; the structure of
/// the last pass is the one kept.
/// </summary>
internal sealed class BackMatter(LayoutContext context, PageText text)
{
    private readonly IReadOnlyList<ProgrammeSlot> _slots = Model.Talks.Programme.Build(context.Publication);
    private readonly IReadOnlyList<SpeakerEntry> _speakers = SpeakerIndex.For(context.Publication);
    private StructureElement? _programme;
    private StructureElement? _speakersSection;

    /// <summary>The contents' lines: the programme when there is one, the write-ups, the speakers section when there is one.</summary>
    public IReadOnlyList<ContentsEntry> ContentsEntries(IReadOnlyList<WriteUp> writeUps) =>
    [
        .. _slots.Count > 0 ? [new ContentsEntry(ProgrammeList.MarkId, text.Phrases.Programme, [])] : Array.Empty<ContentsEntry>(),
        .. writeUps.Select(w => new ContentsEntry(w.Id, w.Meta.Title, [.. w.Meta.Speakers.Select(s => s.Name)])),
        .. _speakers.Count > 0 ? [new ContentsEntry(SpeakersList.MarkId, text.Phrases.Speakers, [])] : Array.Empty<ContentsEntry>(),
    ];

    /// <summary>The programme on a page of its own, or nothing.</summary>
    public IEnumerable<FlowNode> Programme(IReadOnlyDictionary<string, int> pages)
    {
        if (_slots.Count == 0)
        {
            return [];
        }

        _programme = new StructureElement(StructureKind.Sect);
        return [new FlowPageBreak(Recto: false), .. new ProgrammeList(text).Build(_slots, pages, _programme)];
    }

    /// <summary>The speakers section, from a new page, or nothing.</summary>
    public IEnumerable<FlowNode> Speakers(IReadOnlyDictionary<string, int> pages)
    {
        if (_speakers.Count == 0)
        {
            return [];
        }

        _speakersSection = new StructureElement(StructureKind.Sect);
        return [new FlowPageBreak(Recto: false), .. new SpeakersList(context, text).Build(_speakers, pages, _speakersSection)];
    }

    public void AddProgramme(StructureElement root)
    {
        if (_programme is not null)
        {
            root.Add(_programme);
        }
    }

    public void AddSpeakers(StructureElement root)
    {
        if (_speakersSection is not null)
        {
            root.Add(_speakersSection);
        }
    }
}
