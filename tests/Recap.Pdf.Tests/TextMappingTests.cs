using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;
using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>Copy and search get the real text: ligatures through ToUnicode, the rest through ActualText.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class TextMappingTests
{
    [Fact]
    public void Ligature_glyph_extracts_as_its_letters()
    {
        var shaped = TextShaper.Shape(TestFonts.DejaVuSans, 12, "official fish");
        Assert.True(shaped.Glyphs.Length < shaped.Text.Length, "DejaVu Sans should ligate fi/ffi");
        var b = new DocumentBuilder();
        b.Add(GlyphRuns.Place(b.Fonts, shaped, new Point(40, 100), Color.Black, b.Root.Add(StructureKind.P)));
        using var folder = new TempFolder();

        var text = ExternalTool.PdfToText(b.WriteTo(folder));

        Assert.Equal("official fish", text.Trim());
    }

    /// <summary>
    /// Glyph ids are written as literal strings: a byte that is a string delimiter, the escape or a line
    /// end must be escaped, or the viewer reads other glyphs. Characters whose glyph ids hold each such
    /// byte, high or low, extract as written.
    /// </summary>
    [Fact]
    public void Glyph_ids_with_bytes_a_literal_string_escapes_extract_as_written()
    {
        var face = TestFonts.DejaVuSans;
        // A closing parenthesis first: unescaped, an unbalanced one would end the string early.
        byte[] special = [(byte)')', (byte)'(', (byte)'\\', (byte)'\r', (byte)'\n'];
        var chosen = new List<char>();
        foreach (var b in special)
        {
            foreach (var high in new[] { true, false })
            {
                var c = Enumerable.Range(0x21, 0x2000).Select(i => (char)i)
                    .Where(c => char.IsLetterOrDigit(c) && !chosen.Contains(c))
                    .FirstOrDefault(c => face.TryGetGlyph(c, out var glyph) && (high ? glyph >> 8 : glyph & 0xFF) == b);
                if (c != default)
                {
                    chosen.Add(c);
                }
            }
        }

        Assert.True(chosen.Count >= 6, $"DejaVu Sans should have letters for most of these glyph bytes; found {chosen.Count}");
        var text = new string([.. chosen]);
        var b2 = new DocumentBuilder();
        b2.Text(b2.Root.Add(StructureKind.P), face, 40, 100, text);
        using var folder = new TempFolder();
        var path = b2.WriteTo(folder);

        // Two readers. Both forgive a raw carriage return in a string, which the standard reads as a line
        // feed (so it is escaped all the same); neither forgives an unbalanced parenthesis.
        Assert.Equal(text, ExternalTool.PdfToText(path).Trim());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        Assert.Equal(text, string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)));
    }

    [Fact]
    public void Glyph_reused_for_other_text_and_split_clusters_get_actual_text()
    {
        var face = TestFonts.GoRegular;
        Assert.True(face.TryGetGlyph('A', out var a));
        Assert.True(face.TryGetGlyph('x', out var x));
        Assert.True(face.TryGetGlyph('y', out var y));
        var b = new DocumentBuilder();
        var p = b.Root.Add(StructureKind.P);
        // "A" maps the glyph first; then the same glyph stands for "Å", and two glyphs for the one character "ẍ".
        b.Add(new GlyphRunItem(new Point(40, 100), b.Fonts.Add(face), 12, Color.Black, [new PositionedGlyph(a, 0, 0, 0)], "A", p));
        b.Add(new GlyphRunItem(new Point(40, 120), b.Fonts.Add(face), 12, Color.Black, [new PositionedGlyph(a, 0, 0, 0), new PositionedGlyph(y, 8, 0, 1)], "Åy", p));
        b.Add(new GlyphRunItem(new Point(40, 140), b.Fonts.Add(face), 12, Color.Black, [new PositionedGlyph(x, 0, 0, 0), new PositionedGlyph(x, 0, -3, 0)], "ẍ", p));
        using var folder = new TempFolder();
        var pretty = System.Text.Encoding.Latin1.GetString(b.Bytes(pretty: true));

        var lines = ExternalTool.PdfToText(b.WriteTo(folder)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(["A", "Åy", "ẍ"], lines);
        Assert.Equal(2, CountOf(pretty, "/ActualText"));
        Assert.Contains("\n3 Ts\n", pretty, StringComparison.Ordinal); // the second glyph raised 3 pt (y down, so Y = -3)
    }

    [Fact]
    public void Issue0015_an_expanded_run_is_drawn_with_horizontal_scaling_and_extracts_the_same_text()
    {
        var shaped = TextShaper.Shape(TestFonts.GoRegular, 10, "expanded words");
        var b = new DocumentBuilder();
        b.Add(GlyphRuns.Place(b.Fonts, shaped, new Point(40, 100), Color.Black, b.Root.Add(StructureKind.P), 1.02));
        b.Add(GlyphRuns.Place(b.Fonts, shaped, new Point(40, 120), Color.Black, b.Root.Add(StructureKind.P)));
        using var folder = new TempFolder();
        var pretty = System.Text.Encoding.Latin1.GetString(b.Bytes(pretty: true));

        var lines = ExternalTool.PdfToText(b.WriteTo(folder)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(["expanded words", "expanded words"], lines);
        Assert.Contains("\n102 Tz\n", pretty, StringComparison.Ordinal);
        Assert.Contains("\n100 Tz\n", pretty, StringComparison.Ordinal); // back to normal for the next run
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(b.Bytes());
        var words = pdf.GetPage(1).GetWords().ToList();
        var wide = words.Where(w => w.Text == "expanded").OrderBy(w => w.BoundingBox.Bottom).Select(w => w.BoundingBox.Width).ToList();
        Assert.InRange(wide[1] / wide[0], 1.015, 1.025); // the expanded line's word is 2 % wider (the upper one: larger PDF y)
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
