using System.Globalization;
using System.Xml;
using Recap.Model.Phrases;

namespace Recap.Epub;

/// <summary>
/// <c>toc.ncx</c>, the table of contents EPUB 2 reading systems (older Kobo, Adobe RMSDK) still use, with
/// the print edition's pages as a <c>pageList</c>. Play order is reading order across both, one number per target.
/// </summary>
internal static class NcxDocument
{
    private const string NcxNamespace = "http://www.daisy.org/z3986/2005/ncx/";

    public static void Write(Stream stream, BookPlan plan, IReadOnlyList<TocEntry> toc)
    {
        var entries = new[] { new TocEntry(plan.Phrases.TitlePage, BookPlan.TitlePage, []) }.Concat(toc).ToList();
        var order = PlayOrder(plan, entries);
        using var xml = XmlWriter.Create(stream, XhtmlWriter.Settings(indent: true));
        xml.WriteStartDocument();
        xml.WriteStartElement("ncx", NcxNamespace);
        xml.WriteAttributeString("version", "2005-1");
        xml.WriteAttributeString("xml", "lang", null, plan.Meta.Language);
        xml.WriteStartElement("head", NcxNamespace);
        Meta(xml, "dtb:uid", XmlText.Clean(plan.Meta.Identifier).Trim());
        Meta(xml, "dtb:depth", toc.Any(e => e.Children.Count > 0) ? "2" : "1");
        var pages = plan.Pages.All;
        Meta(xml, "dtb:totalPageCount", Number(pages.Count));
        Meta(xml, "dtb:maxPageNumber", Number(pages.Select(p => Value(p.Label) ?? 0).DefaultIfEmpty(0).Max()));
        xml.WriteEndElement();
        xml.WriteStartElement("docTitle", NcxNamespace);
        xml.WriteElementString("text", NcxNamespace, XmlText.Clean(plan.Meta.Title).Trim());
        xml.WriteEndElement();
        xml.WriteStartElement("navMap", NcxNamespace);
        var count = 0;
        foreach (var entry in entries)
        {
            NavPoint(xml, entry, order, ref count);
        }

        xml.WriteEndElement();
        if (pages.Count > 0)
        {
            WritePageList(xml, pages, order, plan.Phrases.Pages);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WritePageList(XmlWriter xml, IReadOnlyList<PageMarker> pages, IReadOnlyDictionary<string, int> order, string title)
    {
        // No id: epubcheck 4.2.6's NCX schema wants id and class on pageList together or not at all.
        xml.WriteStartElement("pageList", NcxNamespace);
        Label(xml, title);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            xml.WriteStartElement("pageTarget", NcxNamespace);
            xml.WriteAttributeString("id", "page-target-" + Number(i + 1));

            // Arabic page numbers are "normal" pages with a value; anything else (roman front matter) is "front".
            var value = Value(page.Label);
            xml.WriteAttributeString("type", value is null ? "front" : "normal");
            if (value is not null)
            {
                xml.WriteAttributeString("value", Number(value.Value));
            }

            xml.WriteAttributeString("playOrder", Number(order[page.Href]));
            Label(xml, XmlText.Clean(page.Label).Trim());
            Content(xml, page.Href);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// One number per distinct target, in reading order: a write-up's file start, then in each node the
    /// element itself (a heading), the page that begins at its start, then pages that begin at later words.
    /// </summary>
    private static Dictionary<string, int> PlayOrder(BookPlan plan, IEnumerable<TocEntry> entries)
    {
        var files = plan.PagedDocuments.Select((href, i) => (href, i)).ToDictionary(p => p.href, p => p.i, StringComparer.Ordinal);

        (NodePlace Place, int Word) KeyOf(string href)
        {
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0 && plan.Nodes.TryFind(href[(hash + 1)..], out var place))
            {
                return (place, -2);
            }

            // The front pages come before every write-up.
            return (new NodePlace(files.GetValueOrDefault(hash < 0 ? href : href[..hash], -1), -1), -2);
        }

        var targets = Flatten(entries).Select(e => (e.Href, Key: KeyOf(e.Href)))
            .Concat(plan.Pages.All.Select(p => (p.Href, Key: (p.Place, p.Word))))
            .OrderBy(t => t.Key.Item1)
            .ThenBy(t => t.Key.Item2);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (href, _) in targets)
        {
            order.TryAdd(href, order.Count + 1);
        }

        return order;
    }

    private static IEnumerable<TocEntry> Flatten(IEnumerable<TocEntry> entries) =>
        entries.SelectMany(e => Flatten(e.Children).Prepend(e));

    private static void NavPoint(XmlWriter xml, TocEntry entry, IReadOnlyDictionary<string, int> order, ref int count)
    {
        count++;
        xml.WriteStartElement("navPoint", NcxNamespace);
        xml.WriteAttributeString("id", "nav-" + Number(count));
        xml.WriteAttributeString("playOrder", Number(order[entry.Href]));
        Label(xml, entry.Title);
        Content(xml, entry.Href);
        foreach (var child in entry.Children)
        {
            NavPoint(xml, child, order, ref count);
        }

        xml.WriteEndElement();
    }

    private static void Label(XmlWriter xml, string text)
    {
        xml.WriteStartElement("navLabel", NcxNamespace);
        xml.WriteElementString("text", NcxNamespace, text);
        xml.WriteEndElement();
    }

    private static void Content(XmlWriter xml, string src)
    {
        xml.WriteStartElement("content", NcxNamespace);
        xml.WriteAttributeString("src", src);
        xml.WriteEndElement();
    }

    /// <summary>The label as a positive page number, or null ("iv", "A-3").</summary>
    private static int? Value(string label) =>
        int.TryParse(label.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Meta(XmlWriter xml, string name, string content)
    {
        xml.WriteStartElement("meta", NcxNamespace);
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("content", content);
        xml.WriteEndElement();
    }
}
