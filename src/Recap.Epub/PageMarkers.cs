using System.Text;
using Recap.Model.Phrases;

namespace Recap.Epub;

/// <summary>
/// The print edition's pages as markers in the ebook, in reading order: the booklet's page order, except
/// that a page beginning with a note's continuation (notes close the ebook's chapter) moves to where its
/// note is, as page lists must follow the text (epubcheck's NAV-011). A page whose node the book does not
/// hold is left out rather than linked to nothing. Marker ids are <c>page-</c> and the label, kept apart
/// from every model id and from each other.
/// </summary>
internal sealed class PageMarkers
{
    private readonly Dictionary<string, List<PageMarker>> _byNode = new(StringComparer.Ordinal);

    /// <param name="files">The documents the node index counts, by <see cref="NodePlace.File"/>.</param>
    public PageMarkers(PrintPagination? print, NodeIndex nodes, IReadOnlyList<string> files, PhraseSet phrases)
    {
        Source = string.IsNullOrWhiteSpace(print?.Source) ? phrases.PrintEdition : print.Source.Trim();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var markers = new List<PageMarker>();
        foreach (var page in print?.Pages ?? [])
        {
            if (string.IsNullOrWhiteSpace(page.Label))
            {
                throw new ArgumentException($"Print page {markers.Count + 1} has no label.", nameof(print));
            }

            if (!nodes.TryFind(page.NodeId, out var place))
            {
                continue;
            }

            var id = "page-" + IdPart(page.Label);
            for (var n = 2; nodes.Contains(id) || !ids.Add(id); n++)
            {
                id = $"page-{IdPart(page.Label)}-{n}";
            }

            var marker = new PageMarker(page.Label, page.NodeId, page.Word, id, files[place.File] + "#" + id, place);
            markers.Add(marker);
            if (!_byNode.TryGetValue(page.NodeId, out var list))
            {
                _byNode[page.NodeId] = list = [];
            }

            list.Add(marker);
        }

        All = [.. markers.OrderBy(m => m.Place).ThenBy(m => m.Word)];
    }

    /// <summary>The print edition's name, for the package metadata (a generic one when the caller gives none).</summary>
    public string Source { get; }

    /// <summary>Every marker, in reading order.</summary>
    public IReadOnlyList<PageMarker> All { get; }

    /// <summary>True when the book carries page markers (and so a page list and its metadata).</summary>
    public bool Any => All.Count > 0;

    /// <summary>The markers of pages that begin in this node, in page order.</summary>
    public IReadOnlyList<PageMarker> Of(string nodeId) => _byNode.TryGetValue(nodeId, out var list) ? list : None;

    // Shared: an empty [] beside a List is a new List at every call, and nearly every node begins no page.
    private static readonly PageMarker[] None = [];

    /// <summary>Letters, digits and hyphens of the label (roman numerals and plain numbers pass unchanged).</summary>
    private static string IdPart(string label)
    {
        var part = new StringBuilder();
        foreach (var c in label.Trim())
        {
            part.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return part.Length == 0 ? "x" : part.ToString();
    }
}
