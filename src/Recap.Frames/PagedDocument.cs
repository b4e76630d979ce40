using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// Everything an exporter needs: the pages, the logical structure tree, the outline and the
/// document info. Layout fills it; it knows nothing of where the content came from.
/// </summary>
public sealed class PagedDocument
{
    public PagedDocument(IEnumerable<Page> pages, StructureElement structure, IEnumerable<OutlineEntry> outline, DocumentInfo info)
    {
        if (structure.Kind != StructureKind.Document || structure.Parent is not null)
        {
            throw new ArgumentException("the structure tree's root must be a Document element", nameof(structure));
        }

        Pages = [.. pages];
        Structure = structure;
        Outline = [.. outline];
        Info = info;
    }

    public ImmutableArray<Page> Pages { get; }

    /// <summary>The root of the structure tree, of kind <see cref="StructureKind.Document"/>.</summary>
    public StructureElement Structure { get; }

    /// <summary>The top-level bookmarks.</summary>
    public ImmutableArray<OutlineEntry> Outline { get; }

    public DocumentInfo Info { get; }
}
