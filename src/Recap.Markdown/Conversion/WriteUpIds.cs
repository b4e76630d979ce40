namespace Recap.Markdown.Conversion;

/// <summary>The ids of one write-up's nodes: <c>{slug}-{heading slug}</c>, <c>{slug}-b{n}</c>, <c>{slug}-fn{n}</c>.</summary>
internal sealed class WriteUpIds(IdAllocator allocator, string slug)
{
    private int _blocks;

    /// <summary>The next "other block" id in document order, skipping any a heading already took.</summary>
    public string Block()
    {
        string id;
        do
        {
            id = $"{slug}-b{++_blocks}";
        }
        while (allocator.IsTaken(id));

        return allocator.Claim(id);
    }

    public string Heading(string headingSlug) => allocator.Claim($"{slug}-{headingSlug}");

    public string Footnote(int number) => allocator.Claim($"{slug}-fn{number}");
}
