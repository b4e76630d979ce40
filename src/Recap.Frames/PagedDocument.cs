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

    /// <summary>The pages, cover first; empty once <see cref="TakePages"/> has handed them over.</summary>
    public ImmutableArray<Page> Pages { get; private set; }

    /// <summary>
    /// Hands the pages over to the document's last reader (the booklet's export, when nothing else is made
    /// from its pages) and lets go of them here: the reader can then release each page once done with it,
    /// so a long booklet's frames are not all kept until its last page is written.
    /// </summary>
    public Page[] TakePages()
    {
        Page[] pages = [.. Pages];
        Pages = [];
        return pages;
    }

    /// <summary>The root of the structure tree, of kind <see cref="StructureKind.Document"/>.</summary>
    public StructureElement Structure { get; }

    /// <summary>The top-level bookmarks.</summary>
    public ImmutableArray<OutlineEntry> Outline { get; }

    public DocumentInfo Info { get; }
}
