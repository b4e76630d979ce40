using System.Collections.Immutable;
using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Content;

/// <summary>Writes one page: each frame item through one visitor, then the content stream and the page object.</summary>
internal static class ContentWriter
{
    public static void WritePage(DocumentContext document, Page frame, PageContext page, int pagesId)
    {
        WriteItems(document, page, frame.Items);
        var writer = document.Writer;
        var contentId = writer.Allocate();
        writer.Stream(contentId, null, page.Content.Span, writer.CompressContent);
        PageDictionary(document, page, frame, pagesId, contentId);
    }

    /// <summary>Draws the items into the page's (or form's) content stream and closes the last marked sequence.</summary>
    public static void WriteItems(DocumentContext document, PageContext page, ImmutableArray<FrameItem> items)
    {
        new ItemWriter(document, page).Write(items);
        page.CloseMark();
    }

    /// <summary>
    /// One item into the content stream, in page coordinates: groups are walked with the offsets
    /// around them (<see cref="GroupOffsets"/>), so no item is copied to move it.
    /// </summary>
    private sealed class ItemWriter(DocumentContext document, PageContext page) : IFrameItemVisitor
    {
        private readonly GroupOffsets _offsets = new();

        public void Write(ImmutableArray<FrameItem> items)
        {
            foreach (var item in items)
            {
                item.Accept(this);
            }
        }

        public void Visit(GlyphRunItem run) => Draw(run.Run);

        // As a group of its runs and items at the line's origin.
        public void Visit(TextLineItem line)
        {
            _offsets.Push(line.Origin);
            foreach (ref readonly var run in line.Runs.AsSpan())
            {
                Draw(run);
            }

            Write(line.Items);
            _offsets.Pop();
        }

        public void Visit(ShapeItem shape)
        {
            page.Mark(shape.Element);
            page.Text.End();
            ShapeDrawer.Draw(page, shape, _offsets);
        }

        public void Visit(ImageItem image)
        {
            page.Mark(image.Element);
            page.Text.End();
            DrawImage(document, page, image, _offsets.Move(image.Bounds));
        }

        public void Visit(PlacedPageItem placed)
        {
            // Only untagged documents place pages (see DocumentContext.Tagged): nothing to mark.
            page.Text.End();
            DrawPlacedPage(document, page, placed, _offsets.Move(placed.Bounds));
        }

        // A placed page keeps no links or destinations: on a printed sheet there is nothing to click.
        public void Visit(LinkItem link)
        {
            if (!page.IsForm)
            {
                LinkWriter.Write(document, page, link, _offsets.Move(link.Area));
            }
        }

        public void Visit(DestinationItem destination)
        {
            if (!page.IsForm)
            {
                var position = _offsets.Move(destination.Position);
                document.AddDestination(new NamedDestination(destination.Name, page.Id, position.X, page.PdfY(position.Y)));
            }
        }

        public void Visit(GroupItem group)
        {
            _offsets.Push(group.Offset);
            if (group.Clip is { } clip)
            {
                page.BeginClip(_offsets.Move(clip));
                Write(group.Items);
                page.EndClip();
            }
            else
            {
                Write(group.Items);
            }

            _offsets.Pop();
        }

        private void Draw(in GlyphRun run)
        {
            page.Mark(run.Element);
            TextDrawer.Draw(document, page, run, _offsets.Move(run.Origin));
        }
    }

    /// <summary>Resource entries (<c>/Font&lt;&lt;…&gt;&gt;</c>, <c>/XObject&lt;&lt;…&gt;&gt;</c>) for what the content uses.</summary>
    public static void Resources(PdfBuffer body, PageContext page)
    {
        Resources(body, "/Font", page.FontResources);
        Resources(body, "/XObject", page.XObjectResources);
    }

    private static void DrawImage(DocumentContext document, PageContext page, ImageItem image, Rect bounds)
    {
        var (id, name) = document.Image(image.Image);
        page.UseXObject(name, id);
        page.Content.Ascii("q ").Number(bounds.Width).Ascii(" 0 0 ").Number(bounds.Height).Space()
            .Number(bounds.X).Space().Number(page.PdfY(bounds.Bottom)).Ascii(" cm/").Ascii(name).Ascii(" Do Q\n");
    }

    /// <summary>The placed page's form, scaled and moved so its top-left corner lands on the placed origin.</summary>
    private static void DrawPlacedPage(DocumentContext document, PageContext page, PlacedPageItem placed, Rect bounds)
    {
        var (id, name) = document.Form(placed.Page);
        page.UseXObject(name, id);
        page.Content.Ascii("q ").Number(placed.Scale).Ascii(" 0 0 ").Number(placed.Scale).Space()
            .Number(bounds.X).Space().Number(page.PdfY(bounds.Bottom)).Ascii(" cm/").Ascii(name).Ascii(" Do Q\n");
    }

    private static void PageDictionary(DocumentContext document, PageContext page, Page frame, int pagesId, int contentId)
    {
        var body = document.Writer.BeginDictionary(page.Id).Ascii("/Type/Page/Parent ").Ref(pagesId)
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

        document.Writer.EndDictionary();
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
