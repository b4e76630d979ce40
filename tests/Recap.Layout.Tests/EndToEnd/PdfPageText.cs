using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>
/// One page of the PDF as the checks read it: the glyphs of its tagged content in content-stream
/// order (artifacts, the running head and folio, left out), and its pictures.
/// </summary>
public sealed record PdfPageText(int Number, double Height, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfRectangle> Images, int UntaggedLetters)
{
    public static PdfPageText Read(Page page)
    {
        var glyphs = new List<PdfGlyph>();
        var tagged = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
        foreach (var content in page.GetMarkedContents())
        {
            Visit(content, content.Tag, glyphs, tagged);
        }

        var untagged = page.Letters.Count(l => !tagged.Contains(l) && !string.IsNullOrWhiteSpace(l.Value));
        return new PdfPageText(page.Number, page.Height, glyphs, [.. page.GetImages().Select(i => i.BoundingBox)], untagged);
    }

    private static void Visit(MarkedContentElement content, string tag, List<PdfGlyph> glyphs, HashSet<Letter> tagged)
    {
        var letters = All(content).ToList();
        tagged.UnionWith(letters);
        if (content.IsArtifact)
        {
            return;
        }

        if (content.ActualText is { } actual && letters.Count > 0)
        {
            // A span whose glyphs cannot map to text carries the text itself (a missing glyph, a ligature).
            var box = letters.Select(l => l.BoundingBox).Aggregate(Union);
            glyphs.Add(new PdfGlyph(actual, box, tag));
            return;
        }

        if (content.Children.Count == 0)
        {
            glyphs.AddRange(letters.Select(l => new PdfGlyph(l.Value, l.BoundingBox, tag)));
            return;
        }

        foreach (var child in content.Children)
        {
            Visit(child, tag, glyphs, tagged);
        }
    }

    private static IEnumerable<Letter> All(MarkedContentElement content) =>
        content.Letters.Concat(content.Children.SelectMany(All)).Distinct(ReferenceEqualityComparer.Instance).Cast<Letter>();

    private static PdfRectangle Union(PdfRectangle a, PdfRectangle b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));
}
