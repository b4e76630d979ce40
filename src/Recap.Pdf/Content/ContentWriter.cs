using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Content;

/// <summary>Writes one page: one switch over the frame items, then the content stream and the page object.</summary>
internal static class ContentWriter
{
    public static void WritePage(DocumentContext document, PageContext page, int pagesId)
    {
        var frame = document.Document.Pages[page.Index];
        foreach (var item in frame.Items)
        {
            switch (item)
            {
                case GlyphRunItem run:
                    page.Mark(run.Element);
                    TextDrawer.Draw(document, page, run);
                    break;
                case ShapeItem shape:
                    page.Mark(shape.Element);
                    page.Text.End();
                    ShapeDrawer.Draw(page, shape);
                    break;
                case ImageItem image:
                    page.Mark(image.Element);
                    page.Text.End();
                    DrawImage(document, page, image);
                    break;
                case LinkItem link:
                    LinkWriter.Write(document, page, link);
                    break;
                case DestinationItem destination:
                    document.AddDestination(new NamedDestination(
                        destination.Name, page.Id, destination.Position.X, page.PdfY(destination.Position.Y)));
                    break;
                default:
                    throw new NotSupportedException($"unknown frame item {item.GetType().Name}");
            }
        }

        page.CloseMark();
        var writer = document.Writer;
        var contentId = writer.Allocate();
        writer.Stream(contentId, null, page.Content.Span, writer.CompressContent);
        writer.Dictionary(page.Id, PageDictionary(page, frame, pagesId, contentId));
    }

    private static void DrawImage(DocumentContext document, PageContext page, ImageItem image)
    {
        var (id, name) = document.Image(image.Image);
        page.UseImage(name, id);
        var bounds = image.Bounds;
        page.Content.Ascii("q ").Number(bounds.Width).Ascii(" 0 0 ").Number(bounds.Height).Space()
            .Number(bounds.X).Space().Number(page.PdfY(bounds.Bottom)).Ascii(" cm/").Ascii(name).Ascii(" Do Q\n");
    }

    private static PdfBuffer PageDictionary(PageContext page, Page frame, int pagesId, int contentId)
    {
        var body = new PdfBuffer(256).Ascii("/Type/Page/Parent ").Ref(pagesId)
            .Ascii("/MediaBox[0 0 ").Number(frame.Size.Width).Space().Number(frame.Size.Height)
            .Ascii("]/Contents ").Ref(contentId)
            .Ascii("/StructParents ").Int(page.Index)
            .Ascii("/Tabs/S/Resources<<");
        Resources(body, "/Font", page.FontResources);
        Resources(body, "/XObject", page.ImageResources);
        body.Ascii(">>");
        if (page.Annotations.Count > 0)
        {
            body.Ascii("/Annots[");
            foreach (var annotation in page.Annotations)
            {
                body.Ref(annotation).Space();
            }

            body.Ascii("]");
        }

        return body;
    }

    private static void Resources(PdfBuffer body, string kind, List<(string Name, int Id)> resources)
    {
        if (resources.Count == 0)
        {
            return;
        }

        body.Ascii(kind).Ascii("<<");
        foreach (var (name, id) in resources)
        {
            body.Name(name).Space().Ref(id);
        }

        body.Ascii(">>");
    }
}
