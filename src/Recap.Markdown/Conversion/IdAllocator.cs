namespace Recap.Markdown.Conversion;

/// <summary>
/// Hands out node ids unique within the publication (see the top of Blocks.cs): a taken id gets
/// <c>-2</c>, <c>-3</c>… so two headings "Questions" become <c>talk-questions</c> and <c>talk-questions-2</c>.
/// </summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Claim(string wanted)
    {
        var id = wanted;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = $"{wanted}-{n}";
        }

        return id;
    }

    public bool IsTaken(string id) => _taken.Contains(id);
}
