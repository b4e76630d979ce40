using Recap.Pdf.Objects;

namespace Recap.Pdf.Fonts;

/// <summary>The ToUnicode CMap: glyph code to the text it stands for, so copying, search and screen readers get words.</summary>
internal static class ToUnicodeCMap
{
    // A bfchar block may hold at most 100 entries.
    private const int BlockSize = 100;

    public static PdfBuffer Build(EmbeddedFont font)
    {
        var entries = font.UsedGlyphs()
            .Select(glyph => (Glyph: glyph, Text: font.UnicodeOf(glyph)))
            .Where(entry => entry.Text is not null)
            .ToList();

        var buffer = new PdfBuffer();
        buffer.Ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Ascii("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Ascii("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var start = 0; start < entries.Count; start += BlockSize)
        {
            var block = entries.Skip(start).Take(BlockSize).ToList();
            buffer.Int(block.Count).Ascii(" beginbfchar\n");
            foreach (var (glyph, text) in block)
            {
                buffer.Byte((byte)'<').Hex16(glyph).Ascii("> ").Utf16Hex(text, withBom: false).Line();
            }

            buffer.Ascii("endbfchar\n");
        }

        buffer.Ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return buffer;
    }
}
