using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>A bookmark: a title, the named destination it opens, and nested entries.</summary>
public sealed record OutlineEntry(string Title, string Destination, ImmutableArray<OutlineEntry> Children)
{
    public OutlineEntry(string title, string destination)
        : this(title, destination, [])
    {
    }
}
