using System.Buffers;
using Recap.Frames;

namespace Recap.Pdf.Content;

/// <summary>
/// Draws a glyph run into the page's text object, cluster by cluster: each cluster's glyphs and
/// text go to the font's ToUnicode map, and a cluster the map cannot express gets ActualText.
/// </summary>
internal static class TextDrawer
{
    private const int StackClusters = 64;

    /// <param name="origin">The run's origin in page coordinates.</param>
    public static void Draw(DocumentContext document, PageContext page, GlyphRunItem run, Point origin)
    {
        if (run.Glyphs.IsEmpty)
        {
            return;
        }

        var font = document.Font(run.Face);
        page.UseFont(font.ResourceName, font.Id);
        page.SetFill(run.Color);
        var text = page.Text;
        text.Start(font, run.Size, run.HorizontalScale, origin.X + run.Glyphs[0].X, page.PdfY(origin.Y));

        var glyphs = run.Glyphs.AsSpan();
        var order = Order(glyphs);
        Span<ushort> buffer = stackalloc ushort[32];

        // Clusters go into the content stream in logical order (a right-to-left run's backwards),
        // so that extraction and the tagged text read it as written; each glyph is placed where it is drawn.
        // A cluster starts at each glyph at most: a word's fit on the stack, a longer run's are rented.
        var rented = glyphs.Length > StackClusters ? ArrayPool<(int Start, int End)>.Shared.Rent(glyphs.Length) : null;
        var clusters = Clusters(glyphs, rented is null ? stackalloc (int Start, int End)[StackClusters] : rented);
        for (var c = 0; c < clusters.Length; c++)
        {
            var (start, end) = clusters[order < 0 ? clusters.Length - 1 - c : c];
            var group = glyphs[start..end];
            var ids = group.Length <= buffer.Length ? buffer[..group.Length] : new ushort[group.Length];
            for (var i = 0; i < group.Length; i++)
            {
                ids[i] = group[i].Id;
            }

            var clusterText = ClusterText(run, glyphs, start, end, order);
            var mapped = font.Map(ids, clusterText);
            if (!mapped)
            {
                text.BeginActualText(clusterText);
            }

            foreach (var glyph in group)
            {
                text.Show(glyph.Id, origin.X + glyph.X, -glyph.Y);
            }

            if (!mapped)
            {
                text.EndActualText();
            }
        }

        if (rented is not null)
        {
            ArrayPool<(int Start, int End)>.Shared.Return(rented);
        }
    }

    /// <summary>The glyph ranges [start, end) that share a cluster, in visual order, written into <paramref name="clusters"/>.</summary>
    private static Span<(int Start, int End)> Clusters(ReadOnlySpan<PositionedGlyph> glyphs, Span<(int Start, int End)> clusters)
    {
        var count = 0;
        for (var start = 0; start < glyphs.Length;)
        {
            var end = start + 1;
            while (end < glyphs.Length && glyphs[end].Cluster == glyphs[start].Cluster)
            {
                end++;
            }

            clusters[count++] = (start, end);
            start = end;
        }

        return clusters[..count];
    }

    /// <summary>+1 when clusters rise (left-to-right), -1 when they fall (right-to-left), 0 otherwise.</summary>
    private static int Order(ReadOnlySpan<PositionedGlyph> glyphs)
    {
        bool rising = true, falling = true;
        for (var i = 1; i < glyphs.Length; i++)
        {
            rising &= glyphs[i].Cluster >= glyphs[i - 1].Cluster;
            falling &= glyphs[i].Cluster <= glyphs[i - 1].Cluster;
        }

        return rising ? 1 : falling ? -1 : 0;
    }

    /// <summary>The text of the cluster of glyphs [start, end): from its start up to the next cluster's start in the text.</summary>
    private static ReadOnlySpan<char> ClusterText(GlyphRunItem run, ReadOnlySpan<PositionedGlyph> glyphs, int start, int end, int order)
    {
        var from = glyphs[start].Cluster;
        var to = order switch
        {
            1 => end < glyphs.Length ? glyphs[end].Cluster : run.Text.Length,
            -1 => start > 0 ? glyphs[start - 1].Cluster : run.Text.Length,
            _ => NextCluster(glyphs, from, run.Text.Length),
        };
        from = Math.Clamp(from, 0, run.Text.Length);
        return run.Text.AsSpan(from, Math.Clamp(to, from, run.Text.Length) - from);
    }

    private static int NextCluster(ReadOnlySpan<PositionedGlyph> glyphs, int cluster, int textLength)
    {
        var next = textLength;
        foreach (var glyph in glyphs)
        {
            if (glyph.Cluster > cluster && glyph.Cluster < next)
            {
                next = glyph.Cluster;
            }
        }

        return next;
    }
}
