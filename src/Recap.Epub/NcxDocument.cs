using System.Globalization;
using System.Xml;

namespace Recap.Epub;

/// <summary><c>toc.ncx</c>, the table of contents EPUB 2 reading systems (older Kobo, Adobe RMSDK) still use.</summary>
internal static class NcxDocument
{
    private const string NcxNamespace = "http://www.daisy.org/z3986/2005/ncx/";

    public static void Write(Stream stream, BookPlan plan, IReadOnlyList<TocEntry> toc)
    {
        using var xml = XmlWriter.Create(stream, XhtmlWriter.Settings(indent: true));
        xml.WriteStartDocument();
        xml.WriteStartElement("ncx", NcxNamespace);
        xml.WriteAttributeString("version", "2005-1");
        xml.WriteAttributeString("xml", "lang", null, plan.Meta.Language);
        xml.WriteStartElement("head", NcxNamespace);
        Meta(xml, "dtb:uid", XmlText.Clean(plan.Meta.Identifier).Trim());
        Meta(xml, "dtb:depth", toc.Any(e => e.Children.Count > 0) ? "2" : "1");
        Meta(xml, "dtb:totalPageCount", "0");
        Meta(xml, "dtb:maxPageNumber", "0");
        xml.WriteEndElement();
        xml.WriteStartElement("docTitle", NcxNamespace);
        xml.WriteElementString("text", NcxNamespace, XmlText.Clean(plan.Meta.Title).Trim());
        xml.WriteEndElement();
        xml.WriteStartElement("navMap", NcxNamespace);
        var order = 0;
        NavPoint(xml, new TocEntry(Labels.TitlePage, BookPlan.TitlePage, []), ref order);
        foreach (var entry in toc)
        {
            NavPoint(xml, entry, ref order);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void NavPoint(XmlWriter xml, TocEntry entry, ref int order)
    {
        order++;
        var number = order.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("navPoint", NcxNamespace);
        xml.WriteAttributeString("id", "nav-" + number);
        xml.WriteAttributeString("playOrder", number);
        xml.WriteStartElement("navLabel", NcxNamespace);
        xml.WriteElementString("text", NcxNamespace, entry.Title);
        xml.WriteEndElement();
        xml.WriteStartElement("content", NcxNamespace);
        xml.WriteAttributeString("src", entry.Href);
        xml.WriteEndElement();
        foreach (var child in entry.Children)
        {
            NavPoint(xml, child, ref order);
        }

        xml.WriteEndElement();
    }

    private static void Meta(XmlWriter xml, string name, string content)
    {
        xml.WriteStartElement("meta", NcxNamespace);
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("content", content);
        xml.WriteEndElement();
    }
}
