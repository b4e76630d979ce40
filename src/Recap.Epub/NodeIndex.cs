using Recap.Model;
using Recap.Model.Talks;

namespace Recap.Epub;

/// <summary>
/// Every node id a page can begin with, in the order the documents show them (see
/// <see cref="BookPlan.PagedDocuments"/>): the contents and their top-level entries; the programme
/// and its lines; each write-up, its byline and summary, the body's blocks (list items, Q&amp;A
/// question and answer inside), then the notes; the speakers section and its entries. The ids are
/// the page map's (<see cref="PrintPage.NodeId"/>); ids not written as attributes (byline, summary,
/// Q&amp;A parts, the sections' entries) still have a place.
/// </summary>
internal sealed class NodeIndex
{
    private readonly Dictionary<string, NodePlace> _places = new(StringComparer.Ordinal);
    private int _file = -1;
    private int _order;

    public NodeIndex(IReadOnlyList<ProgrammeSlot> programme, IReadOnlyList<WriteUp> writeUps, IReadOnlyList<SpeakerEntry> speakers)
    {
        // The nav lists the programme, the write-ups and the speakers, as the booklet's contents do.
        NextFile();
        Add(SectionIds.Contents);
        var entries = (programme.Count > 0 ? 1 : 0) + writeUps.Count + (speakers.Count > 0 ? 1 : 0);
        for (var i = 0; i < entries; i++)
        {
            Add(SectionIds.ContentsEntry(i));
        }

        if (programme.Count > 0)
        {
            NextFile();
            Add(SectionIds.Programme);
            for (var i = 0; i < programme.Count; i++)
            {
                Add(SectionIds.ProgrammeSlot(i));
            }
        }

        foreach (var writeUp in writeUps)
        {
            NextFile();
            Add(writeUp.Id);
            if (writeUp.Meta.Speakers.Count > 0)
            {
                Add(writeUp.BylineId);
            }

            if (!string.IsNullOrWhiteSpace(writeUp.Meta.Summary))
            {
                Add(writeUp.SummaryId);
            }

            AddAll(writeUp.Body);
            foreach (var note in writeUp.Footnotes)
            {
                Add(note.Id);
                AddAll(note.Content);
            }
        }

        if (speakers.Count > 0)
        {
            NextFile();
            Add(SectionIds.Speakers);
            for (var i = 0; i < speakers.Count; i++)
            {
                Add(SectionIds.Speaker(i));
            }
        }
    }

    public bool TryFind(string nodeId, out NodePlace place) => _places.TryGetValue(nodeId, out place);

    /// <summary>True when some node of the book already uses this id (so a new id must not).</summary>
    public bool Contains(string id) => _places.ContainsKey(id);

    private void NextFile()
    {
        _file++;
        _order = 0;
    }

    private void AddAll(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Add(block.Id);
            switch (block)
            {
                case BlockQuote quote:
                    AddAll(quote.Content);
                    break;
                case BulletList list:
                    AddItems(list.Items);
                    break;
                case OrderedList list:
                    AddItems(list.Items);
                    break;
                case QaExchange exchange:
                    Add(exchange.QuestionId);
                    Add(exchange.AnswerId);
                    break;
            }
        }
    }

    private void AddItems(IEnumerable<ListItem> items)
    {
        foreach (var item in items)
        {
            Add(item.Id);
            AddAll(item.Content);
        }
    }

    // The first place wins: an id used twice (a heading "Summary" beside the summary) keeps the earlier node.
    private void Add(string id) => _places.TryAdd(id, new NodePlace(_file, _order++));
}
