using Recap.Frames;
using Recap.Pdf.Fonts;

namespace Recap.Pdf.Content;

/// <summary>
/// Draws a glyph run as one text object: the pen starts at the run's origin, each glyph's code goes
/// into a TJ array, and wherever the layout placed a glyph away from where the font's width would
/// put it (kerning, justification) a TJ adjustment moves it there. Vertical offsets use the text
/// rise. Clusters the ToUnicode map cannot express get an ActualText span.
/// </summary>
internal static class TextDrawer
{
    public static void Draw(DocumentContext document, PageContext page, GlyphRunItem run)
    {
        if (run.Glyphs.IsEmpty)
        {
            return;
        }

        var font = document.Font(run.Face);
        page.UseFont(font.ResourceName, font.Id);
        page.SetFill(run.Color);
        var content = page.Content;
        content.Ascii("BT/").Ascii(font.ResourceName).Space().Number(run.Size).Ascii(" Tf 1 0 0 1 ")
            .Number(run.Origin.X).Space().Number(page.PdfY(run.Origin.Y)).Ascii(" Tm\n");

        var state = new TjState(content);
        var boundaries = ClusterBoundaries(run);
        var glyphs = run.Glyphs.AsSpan();
        Span<ushort> ids = stackalloc ushort[32];
        for (var start = 0; start < glyphs.Length;)
        {
            var cluster = glyphs[start].Cluster;
            var end = start + 1;
            while (end < glyphs.Length && glyphs[end].Cluster == cluster)
            {
                end++;
            }

            var group = glyphs[start..end];
            var groupIds = group.Length <= ids.Length ? ids[..group.Length] : new ushort[group.Length];
            for (var i = 0; i < group.Length; i++)
            {
                groupIds[i] = group[i].Id;
            }

            var text = ClusterText(run.Text, cluster, boundaries);
            var mapped = font.Map(groupIds, text);
            if (!mapped)
            {
                state.Close();
                content.Ascii("/Span<</ActualText").Text(text.ToString()).Ascii(">>BDC\n");
            }

            foreach (var glyph in group)
            {
                state.Show(font, run.Size, glyph);
            }

            if (!mapped)
            {
                state.Close();
                content.Ascii("EMC\n");
            }

            start = end;
        }

        state.Close();
        if (state.Rise != 0)
        {
            content.Ascii("0 Ts\n");
        }

        content.Ascii("ET\n");
    }

    /// <summary>The distinct cluster starts in text order, to find where each cluster's text ends.</summary>
    private static int[] ClusterBoundaries(GlyphRunItem run)
    {
        var starts = new int[run.Glyphs.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = run.Glyphs[i].Cluster;
        }

        Array.Sort(starts);
        return starts;
    }

    private static ReadOnlySpan<char> ClusterText(string text, int cluster, int[] boundaries)
    {
        var index = Array.BinarySearch(boundaries, cluster + 1);
        var next = index >= 0 ? index : ~index;
        // The first start above this cluster's is where its text ends.
        var end = next < boundaries.Length ? boundaries[next] : text.Length;
        var start = Math.Clamp(cluster, 0, text.Length);
        return text.AsSpan(start, Math.Clamp(end, start, text.Length) - start);
    }

    /// <summary>The open TJ array and string, the pen position the font widths predict, and the rise.</summary>
    private sealed class TjState(Objects.PdfBuffer content)
    {
        private bool _inArray;
        private bool _inString;
        private double _pen;

        public double Rise { get; private set; }

        public void Show(EmbeddedFont font, double size, PositionedGlyph glyph)
        {
            font.Use(glyph.Id);
            var rise = Math.Round(-glyph.Y, 3);
            if (rise != Rise)
            {
                Close();
                content.Number(rise).Ascii(" Ts\n");
                Rise = rise;
            }

            // A TJ number moves the pen left by thousandths of the font size.
            var adjust = Math.Round((_pen - glyph.X) * 1000 / size, 2);
            if (adjust != 0)
            {
                Open();
                if (_inString)
                {
                    content.Byte((byte)'>');
                    _inString = false;
                }

                content.Number(adjust);
                _pen -= adjust * size / 1000;
            }

            Open();
            if (!_inString)
            {
                content.Byte((byte)'<');
                _inString = true;
            }

            content.Hex16(glyph.Id);
            _pen += font.Width(glyph.Id) * size / 1000;
        }

        public void Close()
        {
            if (_inString)
            {
                content.Byte((byte)'>');
                _inString = false;
            }

            if (_inArray)
            {
                content.Ascii("]TJ\n");
                _inArray = false;
            }
        }

        private void Open()
        {
            if (!_inArray)
            {
                content.Byte((byte)'[');
                _inArray = true;
            }
        }
    }
}
