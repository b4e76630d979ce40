using Recap.Frames;
using Recap.Pdf.Content;
using Recap.Pdf.Objects;

namespace Recap.Pdf;

/// <summary>
/// Writes the bookmarks. Top-level entries are open, so the first level and its children show;
/// deeper entries start closed. Each entry jumps to a named destination.
/// </summary>
internal static class Outline
{
    /// <summary>Writes the outline and returns the Outlines dictionary's id, or null when there are no entries.</summary>
    public static int? Write(ObjectWriter writer, IReadOnlyList<OutlineEntry> entries, IReadOnlyDictionary<string, NamedDestination> destinations)
    {
        entries = Reachable(entries, destinations);
        if (entries.Count == 0)
        {
            return null;
        }

        var root = writer.Allocate();
        var (first, last) = WriteLevel(writer, entries, root, open: true, destinations);
        var visible = entries.Count + entries.Sum(e => e.Children.Length);
        writer.Dictionary(root, new PdfBuffer(64).Ascii("/Type/Outlines/First ").Ref(first).Ascii("/Last ").Ref(last).Ascii("/Count ").Int(visible));
        return root;
    }

    /// <summary>
    /// The entries whose destination the pages hold: a bookmark to nowhere would make viewers jump to
    /// page one or complain, so an entry without one is left out and its children take its place.
    /// </summary>
    private static List<OutlineEntry> Reachable(IReadOnlyList<OutlineEntry> entries, IReadOnlyDictionary<string, NamedDestination> destinations)
    {
        var kept = new List<OutlineEntry>();
        foreach (var entry in entries)
        {
            var children = Reachable(entry.Children, destinations);
            if (destinations.ContainsKey(entry.Destination))
            {
                kept.Add(entry with { Children = [.. children] });
            }
            else
            {
                kept.AddRange(children);
            }
        }

        return kept;
    }

    private static (int First, int Last) WriteLevel(
        ObjectWriter writer, IReadOnlyList<OutlineEntry> entries, int parent, bool open, IReadOnlyDictionary<string, NamedDestination> destinations)
    {
        var ids = entries.Select(_ => writer.Allocate()).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];

            var body = new PdfBuffer(128).Ascii("/Title").Text(entry.Title).Ascii("/Parent ").Ref(parent)
                .Ascii("/Dest").Text(entry.Destination);
            if (i > 0)
            {
                body.Ascii("/Prev ").Ref(ids[i - 1]);
            }

            if (i + 1 < entries.Count)
            {
                body.Ascii("/Next ").Ref(ids[i + 1]);
            }

            if (!entry.Children.IsEmpty)
            {
                var (first, last) = WriteLevel(writer, entry.Children, ids[i], open: false, destinations);
                // Positive: open, showing its children; negative: closed, with that many to show.
                body.Ascii("/First ").Ref(first).Ascii("/Last ").Ref(last)
                    .Ascii("/Count ").Int(open ? entry.Children.Length : -entry.Children.Length);
            }

            writer.Dictionary(ids[i], body);
        }

        return (ids[0], ids[^1]);
    }
}
