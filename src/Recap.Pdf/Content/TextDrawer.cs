using Recap.Frames;
using Recap.Pdf.Fonts;

namespace Recap.Pdf.Content;

/// <summary>
/// Draws a glyph run into the page's text object, cluster by cluster: each cluster's glyphs and
/// text go to the font's ToUnicode map, and a cluster the map cannot express gets ActualText.
/// </summary>
internal static class TextDrawer
{
    /// <param name="origin">The run's origin in page coordinates.</param>
    public static void Draw(DocumentContext document, PageContext page, in GlyphRun run, Point origin)
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
        if (OneGlyphPerChar(glyphs, run.Text.Length))
        {
            DrawCharByChar(text, font, run, origin.X);
            return;
        }

        var order = Order(glyphs);
        Span<ushort> ids = stackalloc ushort[32];

        // Clusters go into the content stream in logical order (a right-to-left run's backwards),
        // so that extraction and the tagged text read it as written; each glyph is placed where it is drawn.
        // A cluster is a longest stretch of glyphs with one cluster index: found alike from either end.
        if (order < 0)
        {
            for (var end = glyphs.Length; end > 0;)
            {
                var start = end - 1;
                while (start > 0 && glyphs[start - 1].Cluster == glyphs[end - 1].Cluster)
                {
                    start--;
                }

                DrawCluster(text, font, run, origin.X, start, end, order, ids);
                end = start;
            }

            return;
        }

        for (var start = 0; start < glyphs.Length;)
        {
            var end = start + 1;
            while (end < glyphs.Length && glyphs[end].Cluster == glyphs[start].Cluster)
            {
                end++;
            }

            DrawCluster(text, font, run, origin.X, start, end, order, ids);
            start = end;
        }
    }

    /// <summary>
    /// Most runs: glyph i draws character i, left to right (no ligature, no mark, no surrogate pair).
    /// Each glyph is then its own cluster of one character, drawn without finding cluster bounds or slicing text.
    /// </summary>
    private static bool OneGlyphPerChar(ReadOnlySpan<PositionedGlyph> glyphs, int textLength)
    {
        if (glyphs.Length != textLength)
        {
            return false;
        }

        for (var i = 0; i < glyphs.Length; i++)
        {
            if (glyphs[i].Cluster != i)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What <see cref="DrawCluster"/> does for clusters of one glyph and one character.</summary>
    private static void DrawCharByChar(TextObject text, EmbeddedFont font, in GlyphRun run, double x)
    {
        var chars = run.Text;
        foreach (var glyph in run.Glyphs.AsSpan())
        {
            if (font.Map(glyph.Id, chars[glyph.Cluster]))
            {
                text.Show(glyph.Id, x + glyph.X, -glyph.Y);
                continue;
            }

            text.BeginActualText(chars.AsSpan(glyph.Cluster, 1));
            text.Show(glyph.Id, x + glyph.X, -glyph.Y);
            text.EndActualText();
        }
    }

    /// <summary>The glyphs [start, end) of one cluster, with ActualText when the font's map cannot tell their text.</summary>
    private static void DrawCluster(TextObject text, EmbeddedFont font, in GlyphRun run, double x, int start, int end, int order, Span<ushort> buffer)
    {
        var glyphs = run.Glyphs.AsSpan();
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
            text.Show(glyph.Id, x + glyph.X, -glyph.Y);
        }

        if (!mapped)
        {
            text.EndActualText();
        }
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
    private static ReadOnlySpan<char> ClusterText(in GlyphRun run, ReadOnlySpan<PositionedGlyph> glyphs, int start, int end, int order)
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
