using Recap.Fonts;
using Recap.Frames;
using Recap.Pdf.Fonts;
using Recap.Pdf.Images;
using Recap.Pdf.Objects;
using Recap.Pdf.Tagging;

namespace Recap.Pdf.Content;

/// <summary>
/// State that spans the whole document while pages are written: the object writer, fonts and
/// images in order of first use, placed pages' forms, named destinations and the structure tree
/// being built.
/// </summary>
internal sealed class DocumentContext
{
    private readonly Dictionary<FontFace, EmbeddedFont> _fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ImageData, (int Id, string Name)> _images = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Page, (int Id, string Name)> _forms = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, NamedDestination> _destinations = new(StringComparer.Ordinal);
    private readonly List<string> _linkedDestinations = [];
    private readonly FontBook _book;

    // Each face's font by its id: every glyph run asks, and the book's lookup takes a lock.
    private EmbeddedFont?[] _byFace = [];

    /// <param name="pages">The document's pages, which the exporter may have taken from it.</param>
    public DocumentContext(ObjectWriter writer, PagedDocument document, PageSequence pages, FontBook book)
    {
        _book = book;
        Writer = writer;
        PageIds = [.. Enumerable.Range(0, pages.Count).Select(_ => writer.Allocate())];
        Tags = new StructureTreeBuilder(writer, document.Structure, pages.Count);

        // Sheets that place other pages are a printer's file (an imposition): their reading order
        // is the printer's, not the reader's, so such a document is written untagged.
        Tagged = !pages.PlacesPages;
    }

    /// <summary>False for a document that places pages: no structure tree, no marked content.</summary>
    public bool Tagged { get; }

    public ObjectWriter Writer { get; }

    /// <summary>Page object ids, reserved up front so anything can point at any page.</summary>
    public IReadOnlyList<int> PageIds { get; }

    public StructureTreeBuilder Tags { get; }

    public IEnumerable<EmbeddedFont> Fonts => _fonts.Values;

    public IReadOnlyDictionary<string, NamedDestination> Destinations => _destinations;

    public EmbeddedFont Font(FaceId id)
    {
        if ((uint)id.Value < (uint)_byFace.Length && _byFace[id.Value] is { } known)
        {
            return known;
        }

        var face = _book[id];
        if (!_fonts.TryGetValue(face, out var font))
        {
            font = new EmbeddedFont(face, "F" + _fonts.Count, Writer.Allocate());
            _fonts.Add(face, font);
        }

        if (id.Value >= _byFace.Length)
        {
            Array.Resize(ref _byFace, Math.Max(id.Value + 1, _byFace.Length * 2));
        }

        _byFace[id.Value] = font;
        return font;
    }

    /// <summary>The image's XObject resource name; the image is written the first time it is used.</summary>
    public (int Id, string Name) Image(ImageData image)
    {
        if (!_images.TryGetValue(image, out var entry))
        {
            entry = (Writer.Allocate(), "Im" + _images.Count);
            _images.Add(image, entry);
            ImageWriter.Write(Writer, entry.Id, image);
        }

        return entry;
    }

    /// <summary>The placed page's Form XObject resource name; the form is written the first time the page is placed.</summary>
    public (int Id, string Name) Form(Page page)
    {
        if (!_forms.TryGetValue(page, out var entry))
        {
            // Pages are immutable records, so placing cannot loop: a page exists before any page that places it.
            // Registered before writing, so a page it places in turn gets the next name.
            entry = (Writer.Allocate(), "Fm" + _forms.Count);
            _forms.Add(page, entry);
            FormWriter.Write(this, entry.Id, page);
        }

        return entry;
    }

    /// <summary>Notes that a link goes to the destination <paramref name="name"/>, which a later page may define.</summary>
    public void AddLinkTo(string name) => _linkedDestinations.Add(name);

    /// <summary>After the last page: every link's destination must have been defined by some page.</summary>
    public void CheckLinkTargets()
    {
        foreach (var name in _linkedDestinations)
        {
            if (!_destinations.ContainsKey(name))
            {
                throw new ArgumentException($"a link points to the unknown destination '{name}'");
            }
        }
    }

    public void AddDestination(NamedDestination destination)
    {
        if (!_destinations.TryAdd(destination.Name, destination))
        {
            throw new ArgumentException($"the destination '{destination.Name}' is defined twice");
        }
    }
}
