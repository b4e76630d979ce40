using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Content;

/// <summary>Writes one page: each frame item through one visitor, then the content stream and the page object.</summary>
internal static class ContentWriter
{
    public static void WritePage(DocumentContext document, PageContext page, int pagesId)
    {
        var frame = document.Document.Pages[page.Index];
        WriteItems(document, page, frame.Items);
        var writer = document.Writer;
        var contentId = writer.Allocate();
        writer.Stream(contentId, null, page.Content.Span, writer.CompressContent);
        writer.Dictionary(page.Id, PageDictionary(document, page, frame, pagesId, contentId));
    }

    /// <summary>Draws the items into the page's (or form's) content stream and closes the last marked sequence.</summary>
    public static void WriteItems(DocumentContext document, PageContext page, IEnumerable<FrameItem> items)
    {
        var writer = new ItemWriter(document, page);
        foreach (var item in FrameItems.Flatten(items))
        {
            item.Accept(writer);
        }

        page.CloseMark();
    }

    /// <summary>One item into the content stream, in page coordinates (groups are flattened first).</summary>
    private sealed class ItemWriter(DocumentContext document, PageContext page) : IFrameItemVisitor
    {
        public void Visit(GlyphRunItem run)
        {
            page.Mark(run.Element);
            TextDrawer.Draw(document, page, run);
        }

        public void Visit(ShapeItem shape)
        {
            page.Mark(shape.Element);
            page.Text.End();
            ShapeDrawer.Draw(page, shape);
        }

        public void Visit(ImageItem image)
        {
            page.Mark(image.Element);
            page.Text.End();
            DrawImage(document, page, image);
        }

        public void Visit(PlacedPageItem placed)
        {
            // Only untagged documents place pages (see DocumentContext.Tagged): nothing to mark.
            page.Text.End();
            DrawPlacedPage(document, page, placed);
        }

        // A placed page keeps no links or destinations: on a printed sheet there is nothing to click.
        public void Visit(LinkItem link)
        {
            if (!page.IsForm)
            {
                LinkWriter.Write(document, page, link);
            }
        }

        public void Visit(DestinationItem destination)
        {
            if (!page.IsForm)
            {
                document.AddDestination(new NamedDestination(
                    destination.Name, page.Id, destination.Position.X, page.PdfY(destination.Position.Y)));
            }
        }

        // After flattening, only a group that clips is left: its items are already in page coordinates.
        public void Visit(GroupItem group)
        {
            if (group.Clip is { } clip)
            {
                page.BeginClip(clip);
            }

            foreach (var item in FrameItems.Flatten([group with { Clip = null }]))
            {
                item.Accept(this);
            }

            if (group.Clip is not null)
            {
                page.EndClip();
            }
        }
    }

    /// <summary>Resource entries (<c>/Font&lt;&lt;…&gt;&gt;</c>, <c>/XObject&lt;&lt;…&gt;&gt;</c>) for what the content uses.</summary>
    public static void Resources(PdfBuffer body, PageContext page)
    {
        Resources(body, "/Font", page.FontResources);
        Resources(body, "/XObject", page.XObjectResources);
    }

    private static void DrawImage(DocumentContext document, PageContext page, ImageItem image)
    {
        var (id, name) = document.Image(image.Image);
        page.UseXObject(name, id);
        var bounds = image.Bounds;
        page.Content.Ascii("q ").Number(bounds.Width).Ascii(" 0 0 ").Number(bounds.Height).Space()
            .Number(bounds.X).Space().Number(page.PdfY(bounds.Bottom)).Ascii(" cm/").Ascii(name).Ascii(" Do Q\n");
    }

    /// <summary>The placed page's form, scaled and moved so its top-left corner lands on the placed origin.</summary>
    private static void DrawPlacedPage(DocumentContext document, PageContext page, PlacedPageItem placed)
    {
        var (id, name) = document.Form(placed.Page);
        page.UseXObject(name, id);
        var bounds = placed.Bounds;
        page.Content.Ascii("q ").Number(placed.Scale).Ascii(" 0 0 ").Number(placed.Scale).Space()
            .Number(bounds.X).Space().Number(page.PdfY(bounds.Bottom)).Ascii(" cm/").Ascii(name).Ascii(" Do Q\n");
    }

    private static PdfBuffer PageDictionary(DocumentContext document, PageContext page, Page frame, int pagesId, int contentId)
    {
        var body = new PdfBuffer(256).Ascii("/Type/Page/Parent ").Ref(pagesId)
            .Ascii("/MediaBox[0 0 ").Number(frame.Size.Width).Space().Number(frame.Size.Height)
            .Ascii("]/Contents ").Ref(contentId);
        if (document.Tagged)
        {
            body.Ascii("/StructParents ").Int(page.Index).Ascii("/Tabs/S");
        }

        body.Ascii("/Resources<<");
        Resources(body, page);
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
