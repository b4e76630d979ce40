using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Recap.Layout.Tests.Booklet;

/// <summary>
/// One page of the exported PDF: its letters with position (points from the top, y down), size and
/// whether they are page furniture (inside an artifact), and its links with the page each goes to.
/// </summary>
public sealed record BookletPdfPage(int Number, IReadOnlyList<BookletPdfPage.Glyph> Glyphs, IReadOnlyList<BookletPdfPage.PageLink> Links)
{
    public static BookletPdfPage Read(Page page)
    {
        var artifacts = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
        foreach (var content in page.GetMarkedContents())
        {
            Artifacts(content, false, artifacts);
        }

        var glyphs = page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => new Glyph(l.Value, l.BoundingBox.Left, page.Height - l.BoundingBox.Centroid.Y, (l.StartBaseLine.X + l.EndBaseLine.X) / 2, l.PointSize, artifacts.Contains(l)))
            .ToList();
        var links = page.GetAnnotations()
            .Where(a => a.Type == AnnotationType.Link)
            .Select(a => new PageLink(Flip(a.Rectangle, page.Height), a.Action is AbstractGoToAction goTo ? goTo.Destination?.PageNumber : null))
            .ToList();
        return new BookletPdfPage(page.Number, glyphs, links);
    }

    /// <summary>The page's text, reading order as drawn, without spaces.</summary>
    public string Text => string.Concat(Glyphs.Select(g => g.Value));

    public string TextAtSize(double size) => string.Concat(Glyphs.Where(g => Math.Abs(g.Size - size) < 0.5).Select(g => g.Value));

    /// <summary>Furniture text set above (the running head) or below (the folio) the given band of the page.</summary>
    public string Furniture(double above, double below) =>
        string.Concat(Glyphs.Where(g => g.Artifact && (g.Y < above || g.Y > below)).Select(g => g.Value));

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void Artifacts(MarkedContentElement content, bool inArtifact, HashSet<Letter> artifacts)
    {
        var artifact = inArtifact || content.IsArtifact;
        if (artifact)
        {
            artifacts.UnionWith(content.Letters);
        }

        foreach (var child in content.Children)
        {
            Artifacts(child, artifact, artifacts);
        }
    }

    private static (double Left, double Top, double Right, double Bottom) Flip(PdfRectangle r, double height) =>
        (r.Left, height - r.Top, r.Right, height - r.Bottom);

    /// <param name="Y">The glyph's centre, from the top of the page.</param>
    /// <param name="Middle">The middle of the glyph's advance on the baseline.</param>
    public sealed record Glyph(string Value, double X, double Y, double Middle, double Size, bool Artifact);

    /// <param name="Area">Left, top, right, bottom from the page's top-left.</param>
    /// <param name="TargetPage">The page a go-to link jumps to, null for other links.</param>
    public sealed record PageLink((double Left, double Top, double Right, double Bottom) Area, int? TargetPage)
    {
        public bool Holds(Glyph glyph) => glyph.X >= Area.Left - 0.5 && glyph.X <= Area.Right + 0.5 && glyph.Y >= Area.Top && glyph.Y <= Area.Bottom;
    }
}
