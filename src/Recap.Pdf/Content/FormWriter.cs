using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Content;

/// <summary>
/// Writes a placed page as a Form XObject: the page's items in its own coordinates, clipped to its
/// box (the form's BBox) so nothing bleeds onto the neighbouring page of a sheet. Fonts stay the
/// document's, so glyphs of every placed page land in the one subset of each face.
/// </summary>
internal static class FormWriter
{
    public static void Write(DocumentContext document, int id, Page page)
    {
        var form = new PageContext(document, page, new PdfBuffer(16 * 1024));
        ContentWriter.WriteItems(document, form, page.Items);
        var entries = new PdfBuffer(256).Ascii("/Type/XObject/Subtype/Form/BBox[0 0 ")
            .Number(page.Size.Width).Space().Number(page.Size.Height).Ascii("]/Resources<<");
        ContentWriter.Resources(entries, form);
        entries.Ascii(">>");
        document.Writer.Stream(id, entries, form.Content.Span, document.Writer.CompressContent);
    }
}
