using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// Everything an exporter needs: the pages, the logical structure tree, the outline and the
/// document info. Layout fills it; it knows nothing of where the content came from.
/// </summary>
public sealed class PagedDocument
{
    public PagedDocument(IEnumerable<Page> pages, StructureElement structure, IEnumerable<OutlineEntry> outline, DocumentInfo info)
        : this(PageSequence.Of(pages), structure, outline, info)
    {
    }

    /// <param name="pages">The pages, cover first; those made on reading are made when first read here, or by the reader <see cref="TakePages"/> hands them to.</param>
    public PagedDocument(PageSequence pages, StructureElement structure, IEnumerable<OutlineEntry> outline, DocumentInfo info)
    {
        if (structure.Kind != StructureKind.Document || structure.Parent is not null)
        {
            throw new ArgumentException("the structure tree's root must be a Document element", nameof(structure));
        }

        _pages = pages;
        _made = new Lazy<ImmutableArray<Page>>(() => [.. _pages.MakeAll()]);
        PageCount = pages.Count;
        Structure = structure;
        Outline = [.. outline];
        Info = info;
    }

    private readonly Lazy<ImmutableArray<Page>> _made;
    private PageSequence _pages;

    /// <summary>The pages, cover first, all made (once, on first reading); empty once <see cref="TakePages"/> has handed them over.</summary>
    public ImmutableArray<Page> Pages => _pages.Count == 0 ? [] : _made.Value;

    /// <summary>How many pages the document has (read without making them).</summary>
    public int PageCount { get; }

    /// <summary>
    /// Hands the pages over to the document's last reader (the booklet's export, when nothing else is made
    /// from its pages) and lets go of them here: the reader makes each page that is made on reading as it
    /// reaches it and lets it go once done, so a long booklet's frames are never all held at once.
    /// </summary>
    public PageSequence TakePages()
    {
        var pages = _made.IsValueCreated ? PageSequence.Of(_made.Value) : _pages.ReadOnce();
        _pages = PageSequence.Of([]);
        return pages;
    }

    /// <summary>The root of the structure tree, of kind <see cref="StructureKind.Document"/>.</summary>
    public StructureElement Structure { get; }

    /// <summary>The top-level bookmarks.</summary>
    public ImmutableArray<OutlineEntry> Outline { get; }

    public DocumentInfo Info { get; }
}
