using Recap.Model;

namespace Recap.Epub;

/// <summary>Where every node id lives: write-ups, blocks, list items and footnotes map to their write-up's file.</summary>
internal sealed class LinkMap
{
    private readonly Dictionary<string, string> _fileOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _writeUpIds = new(StringComparer.Ordinal);

    /// <param name="files">Each write-up with its file name (all in one folder).</param>
    public LinkMap(IEnumerable<(WriteUp WriteUp, string FileName)> files)
    {
        foreach (var (writeUp, fileName) in files)
        {
            _writeUpIds.Add(writeUp.Id);
            _fileOf.TryAdd(writeUp.Id, fileName);
            foreach (var id in Ids(writeUp.Body).Concat(writeUp.Footnotes.SelectMany(f => Ids(f.Content).Prepend(f.Id))))
            {
                _fileOf.TryAdd(id, fileName);
            }
        }
    }

    /// <summary>The href from <paramref name="fromFile"/> (in the same folder) to the node, or null when no node has that id.</summary>
    public string? Resolve(string targetId, string fromFile)
    {
        if (!_fileOf.TryGetValue(targetId, out var file))
        {
            return null;
        }

        if (_writeUpIds.Contains(targetId))
        {
            return file;
        }

        return file == fromFile ? "#" + targetId : file + "#" + targetId;
    }

    private static IEnumerable<string> Ids(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block.Id;
            IEnumerable<string> nested = block switch
            {
                BlockQuote quote => Ids(quote.Content),
                BulletList list => list.Items.SelectMany(i => Ids(i.Content).Prepend(i.Id)),
                OrderedList list => list.Items.SelectMany(i => Ids(i.Content).Prepend(i.Id)),
                _ => [],
            };
            foreach (var id in nested)
            {
                yield return id;
            }
        }
    }
}
