using System.Text;
using Recap.Pdf.Content;
using Recap.Pdf.Objects;

namespace Recap.Pdf;

/// <summary>The Dests name tree: one leaf with every named destination, sorted by the bytes of their names as the format requires.</summary>
internal static class NamedDestinations
{
    public static int? Write(ObjectWriter writer, IReadOnlyDictionary<string, NamedDestination> destinations)
    {
        if (destinations.Count == 0)
        {
            return null;
        }

        var sorted = destinations.Values
            .OrderBy(d => Encoding.UTF8.GetBytes(d.Name), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .ToList();
        var body = new PdfBuffer().Ascii("/Names[");
        foreach (var destination in sorted)
        {
            body.Text(destination.Name).Ascii("[").Ref(destination.PageId).Ascii("/XYZ ")
                .Number(destination.Left).Space().Number(destination.Top).Ascii(" null]");
        }

        var id = writer.Allocate();
        writer.Dictionary(id, body.Ascii("]"));
        return id;
    }
}
