using System.Globalization;
using System.Security;
using System.Text;
using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Metadata;

/// <summary>
/// Writes the Info dictionary and the XMP metadata stream from the same <see cref="DocumentInfo"/>,
/// so they agree field for field. Claims no PDF/A or PDF/UA conformance.
/// </summary>
internal static class DocumentMetadata
{
    public static int WriteInfo(ObjectWriter writer, DocumentInfo info)
    {
        var body = new PdfBuffer(256).Ascii("/Title").Text(info.Title);
        if (info.Author is { } author)
        {
            body.Ascii("/Author").Text(author);
        }

        if (info.Subject is { } subject)
        {
            body.Ascii("/Subject").Text(subject);
        }

        if (Keywords(info) is { } keywords)
        {
            body.Ascii("/Keywords").Text(keywords);
        }

        body.Ascii("/Producer").Text(info.Producer);
        if (info.Created is { } created)
        {
            body.Ascii("/CreationDate").Text(PdfDate(created));
        }

        if (info.Modified is { } modified)
        {
            body.Ascii("/ModDate").Text(PdfDate(modified));
        }

        var id = writer.Allocate();
        writer.Dictionary(id, body);
        return id;
    }

    public static int WriteXmp(ObjectWriter writer, DocumentInfo info)
    {
        var xml = new StringBuilder();
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ")
            .Append("xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n")
            .Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (info.Author is { } author)
        {
            xml.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (info.Subject is { } subject)
        {
            xml.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        if (Keywords(info) is { } keywords)
        {
            xml.Append("<pdf:Keywords>").Append(Escape(keywords)).Append("</pdf:Keywords>\n");
        }

        xml.Append("<pdf:Producer>").Append(Escape(info.Producer)).Append("</pdf:Producer>\n");
        if (info.Created is { } created)
        {
            xml.Append("<xmp:CreateDate>").Append(XmpDate(created)).Append("</xmp:CreateDate>\n");
        }

        if (info.Modified is { } modified)
        {
            xml.Append("<xmp:ModifyDate>").Append(XmpDate(modified)).Append("</xmp:ModifyDate>\n");
        }

        xml.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");

        var id = writer.Allocate();
        // Left uncompressed, as XMP readers that scan files for packets expect.
        writer.Stream(id, new PdfBuffer(32).Ascii("/Type/Metadata/Subtype/XML"), Encoding.UTF8.GetBytes(xml.ToString()), compress: false);
        return id;
    }

    private static string? Keywords(DocumentInfo info) =>
        info.Keywords.IsDefaultOrEmpty ? null : string.Join(", ", info.Keywords);

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string PdfDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{date:yyyyMMddHHmmss}{sign}{abs.Hours:D2}'{abs.Minutes:D2}'");
    }

    private static string XmpDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
