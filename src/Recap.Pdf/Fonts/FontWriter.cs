using Recap.Fonts;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Fonts;

/// <summary>
/// Writes a used face as a Type0 font: CIDFontType2 with Identity-H and CID = GID (the subset keeps
/// glyph ids), widths, a descriptor from the font's own metrics, the subset program and ToUnicode.
/// </summary>
internal static class FontWriter
{
    public static void Write(ObjectWriter writer, EmbeddedFont font)
    {
        var face = font.Face;
        var glyphs = font.UsedGlyphs().Prepend((ushort)0).Distinct().Order().ToList();
        var baseFont = SubsetTag.For(face.PostScriptName, glyphs) + "+" + face.PostScriptName;

        var cidFont = writer.Allocate();
        var descriptor = writer.Allocate();
        var program = writer.Allocate();
        var toUnicode = writer.Allocate();

        writer.Dictionary(font.Id, new PdfBuffer(256)
            .Ascii("/Type/Font/Subtype/Type0/BaseFont").Name(baseFont)
            .Ascii("/Encoding/Identity-H/DescendantFonts[").Ref(cidFont)
            .Ascii("]/ToUnicode ").Ref(toUnicode));

        var cid = new PdfBuffer(1024)
            .Ascii("/Type/Font/Subtype/CIDFontType2/BaseFont").Name(baseFont)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>")
            .Ascii("/FontDescriptor ").Ref(descriptor)
            .Ascii("/CIDToGIDMap/Identity/DW 0/W[");
        WriteWidths(cid, font, glyphs);
        writer.Dictionary(cidFont, cid.Ascii("]"));

        var scale = 1000.0 / face.UnitsPerEm;
        var box = face.BoundingBox;
        writer.Dictionary(descriptor, new PdfBuffer(512)
            .Ascii("/Type/FontDescriptor/FontName").Name(baseFont)
            .Ascii("/Flags ").Int(Flags(face))
            .Ascii("/FontBBox[").Number(box.XMin * scale).Space().Number(box.YMin * scale).Space()
            .Number(box.XMax * scale).Space().Number(box.YMax * scale)
            .Ascii("]/ItalicAngle ").Number(face.ItalicAngle)
            .Ascii("/Ascent ").Number(face.Ascender * scale)
            .Ascii("/Descent ").Number(face.Descender * scale)
            .Ascii("/CapHeight ").Number(face.CapHeight * scale)
            .Ascii("/XHeight ").Number(face.XHeight * scale)
            .Ascii("/StemV ").Int(StemV(face.Weight))
            .Ascii("/FontFile2 ").Ref(program));

        var subset = FontSubsetter.SubsetGlyphs(face, glyphs);
        writer.Stream(program, new PdfBuffer(32).Ascii("/Length1 ").Int(subset.Length), subset, compress: true);
        writer.Stream(toUnicode, null, ToUnicodeCMap.Build(font).Span, writer.CompressContent);
    }

    /// <summary>W entries as runs of consecutive glyph ids: <c>g [w1 w2 ...]</c>.</summary>
    private static void WriteWidths(PdfBuffer buffer, EmbeddedFont font, List<ushort> glyphs)
    {
        for (var i = 0; i < glyphs.Count;)
        {
            var start = i;
            while (i + 1 < glyphs.Count && glyphs[i + 1] == glyphs[i] + 1)
            {
                i++;
            }

            buffer.Int(glyphs[start]).Byte((byte)'[');
            for (var j = start; j <= i; j++)
            {
                if (j > start)
                {
                    buffer.Space();
                }

                buffer.Number(font.Width(glyphs[j]));
            }

            buffer.Byte((byte)']');
            i++;
        }
    }

    private static int Flags(FontFace face)
    {
        const int FixedPitch = 1, Nonsymbolic = 32, Italic = 64;
        return Nonsymbolic | (face.IsFixedPitch ? FixedPitch : 0) | (face.IsItalic ? Italic : 0);
    }

    // No font stores its stem width; this is the usual estimate from the weight class.
    private static int StemV(int weight) => 10 + (220 * Math.Max(weight - 50, 0) / 900);
}
