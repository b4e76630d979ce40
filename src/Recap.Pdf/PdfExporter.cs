using Recap.Fonts;
using Recap.Frames;
using Recap.Pdf.Content;
using Recap.Pdf.Fonts;
using Recap.Pdf.Metadata;
using Recap.Pdf.Objects;

namespace Recap.Pdf;

/// <summary>
/// Writes a <see cref="PagedDocument"/> as a tagged PDF 1.7: pages of shaped text, shapes, images
/// and links; subset Type0 fonts with ToUnicode; structure tree, outline, page labels, named
/// destinations and matching Info/XMP metadata. The bytes depend only on the document and options.
/// A document whose pages place other pages (an imposition for the printer) is written untagged:
/// the placed pages become Form XObjects drawn on the sheets.
/// </summary>
public static class PdfExporter
{
    /// <param name="fonts">The faces the document's glyph runs name by id.</param>
    /// <exception cref="ArgumentException">A link or outline entry names a destination no page defines, or a destination is defined twice.</exception>
    public static void Export(PagedDocument document, FontBook fonts, PdfOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);

        var writer = new ObjectWriter(compressContent: !options.Pretty, output, window: 4 * Environment.ProcessorCount);
        var catalogId = writer.Allocate();
        var pagesId = writer.Allocate();
        // Taken, the pages made on reading are made here one at a time, each let go once written.
        var pages = options.ReleasePages ? document.TakePages() : PageSequence.Of(document.Pages);
        var context = new DocumentContext(writer, document, pages, fonts);
        var labels = PageLabels.Build(pages);

        var content = new PdfBuffer(64 * 1024);
        for (var index = 0; index < pages.Count; index++)
        {
            var page = pages[index];
            ContentWriter.WritePage(context, page, new PageContext(context, index, page, content), pagesId);
        }

        context.CheckLinkTargets();
        foreach (var font in context.Fonts)
        {
            FontWriter.Write(writer, font);
        }

        var kids = new PdfBuffer().Ascii("/Type/Pages/Count ").Int(pages.Count).Ascii("/Kids[");
        foreach (var pageId in context.PageIds)
        {
            kids.Ref(pageId).Space();
        }

        writer.Dictionary(pagesId, kids.Ascii("]"));

        int? structTreeRoot = context.Tagged ? context.Tags.Write() : null;
        var outline = Outline.Write(writer, document.Outline, context.Destinations);
        var dests = NamedDestinations.Write(writer, context.Destinations);
        var xmp = DocumentMetadata.WriteXmp(writer, document.Info);
        var info = DocumentMetadata.WriteInfo(writer, document.Info);

        var catalog = new PdfBuffer(256).Ascii("/Type/Catalog/Pages ").Ref(pagesId)
            .Ascii("/Lang").Text(document.Info.Language);
        if (structTreeRoot is { } root)
        {
            catalog.Ascii("/MarkInfo<</Marked true>>/StructTreeRoot ").Ref(root);
        }

        catalog.Ascii("/Metadata ").Ref(xmp)
            .Ascii("/ViewerPreferences<</DisplayDocTitle true>>");
        if (outline is { } outlines)
        {
            catalog.Ascii("/Outlines ").Ref(outlines).Ascii("/PageMode/UseOutlines");
        }

        if (dests is { } destsId)
        {
            catalog.Ascii("/Names<</Dests ").Ref(destsId).Ascii(">>");
        }

        if (labels is not null)
        {
            catalog.Ascii("/PageLabels").Raw(labels.Span);
        }

        writer.Dictionary(catalogId, catalog);
        writer.Finish(catalogId, info);
    }
}
