using Recap.Frames;

namespace Recap.Pdf.Content;

/// <summary>Writes a link area as a Link annotation (URI action or GoTo a named destination), tied to its structure element.</summary>
internal static class LinkWriter
{
    /// <param name="area">The link's area in page coordinates.</param>
    public static void Write(DocumentContext document, PageContext page, LinkItem link, Rect area)
    {
        var id = document.Writer.Allocate();
        page.Annotations.Add(id);
        var body = document.Writer.BeginDictionary(id).Ascii("/Type/Annot/Subtype/Link/Rect[")
            .Number(area.X).Space().Number(page.PdfY(area.Bottom)).Space()
            .Number(area.Right).Space().Number(page.PdfY(area.Y))
            .Ascii("]/Border[0 0 0]/F 4/P ").Ref(page.Id);
        link.Target.Match(
            uri => body.Ascii("/Contents").Text(uri.Uri).Ascii("/A<</S/URI/URI").Text(uri.Uri).Ascii(">>"),
            destination =>
            {
                document.AddLinkTo(destination.Name);
                return body.Ascii("/A<</S/GoTo/D").Text(destination.Name).Ascii(">>");
            });

        if (document.Tagged && link.Element is { } element)
        {
            body.Ascii("/StructParent ").Int(document.Tags.MarkAnnotation(element, id, page.Id));
        }

        document.Writer.EndDictionary();
    }
}
