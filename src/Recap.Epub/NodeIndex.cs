using Recap.Model;

namespace Recap.Epub;

/// <summary>
/// Every node id a page can begin with, in the order the write-up documents show them: the write-up,
/// its byline and summary, the body's blocks (list items, Q&amp;A question and answer inside), then the notes.
/// The ids are the page map's (<see cref="PrintPage.NodeId"/>); ids not written as attributes
/// (byline, summary, Q&amp;A parts) still have a place.
/// </summary>
internal sealed class NodeIndex
{
    private readonly Dictionary<string, NodePlace> _places = new(StringComparer.Ordinal);
    private readonly int _file;
    private int _order;

    public NodeIndex(IReadOnlyList<WriteUp> writeUps)
    {
        for (_file = 0; _file < writeUps.Count; _file++)
        {
            _order = 0;
            var writeUp = writeUps[_file];
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
    }

    public bool TryFind(string nodeId, out NodePlace place) => _places.TryGetValue(nodeId, out place);

    /// <summary>True when some node of the book already uses this id (so a new id must not).</summary>
    public bool Contains(string id) => _places.ContainsKey(id);

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
