using System.Globalization;
using System.Xml;
using Recap.Model;
using Recap.Model.Phrases;

namespace Recap.Epub;

/// <summary>
/// The package document (OPF): metadata, manifest and spine. Accessibility metadata follows
/// EPUB Accessibility 1.1 and claims only what the plan shows to be true of this book.
/// The <c>schema:</c>, <c>marc:</c> and <c>dcterms:</c> prefixes are reserved in EPUB 3, so none is declared.
/// </summary>
internal static class PackageDocument
{
    private const string OpfNamespace = "http://www.idpf.org/2007/opf";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    public static void Write(Stream stream, BookPlan plan, FontFiles fonts)
    {
        var meta = plan.Meta;
        using var xml = XmlWriter.Create(stream, XhtmlWriter.Settings(indent: true));
        xml.WriteStartDocument();
        xml.WriteStartElement("package", OpfNamespace);
        xml.WriteAttributeString("version", "3.0");
        xml.WriteAttributeString("unique-identifier", "pub-id");
        xml.WriteAttributeString("xml", "lang", null, meta.Language);

        xml.WriteStartElement("metadata", OpfNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        Dc(xml, "identifier", meta.Identifier, "pub-id");
        Dc(xml, "title", meta.Title, "title");
        Refine(xml, "title", "title-type", "main");
        if (!string.IsNullOrWhiteSpace(meta.Subtitle))
        {
            Dc(xml, "title", meta.Subtitle, "subtitle");
            Refine(xml, "subtitle", "title-type", "subtitle");
        }

        Dc(xml, "language", meta.Language);
        Meta(xml, "dcterms:modified", plan.Options.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        if (meta.Date is { } date)
        {
            Dc(xml, "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var speakers = Speakers(plan.Publication);
        WriteCreators(xml, meta, speakers);
        for (var i = 0; i < speakers.Count; i++)
        {
            Dc(xml, "contributor", speakers[i], "speaker-" + (i + 1));
            Refine(xml, "speaker-" + (i + 1), "role", "spk", "marc:relators");
        }

        Optional(xml, "description", meta.Description);
        foreach (var keyword in meta.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            Dc(xml, "subject", keyword);
        }

        Optional(xml, "publisher", meta.Publisher);
        Optional(xml, "rights", meta.Rights);
        WritePageSource(xml, plan.Pages);
        WriteAccessibility(xml, plan);

        // EPUB 2 reading systems find the cover through this.
        xml.WriteStartElement("meta", OpfNamespace);
        xml.WriteAttributeString("name", "cover");
        xml.WriteAttributeString("content", plan.CoverImage.Id);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("manifest", OpfNamespace);
        foreach (var item in plan.Manifest(fonts))
        {
            xml.WriteStartElement("item", OpfNamespace);
            xml.WriteAttributeString("id", item.Id);
            xml.WriteAttributeString("href", item.Href);
            xml.WriteAttributeString("media-type", item.MediaType);
            if (item.Properties is not null)
            {
                xml.WriteAttributeString("properties", item.Properties);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("spine", OpfNamespace);
        xml.WriteAttributeString("toc", "ncx");
        foreach (var item in plan.Spine)
        {
            xml.WriteStartElement("itemref", OpfNamespace);
            xml.WriteAttributeString("idref", item.Id);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// At least one <c>dc:creator</c>, or Kindle and calibre show "Unknown" as the author: the editors
    /// (role <c>edt</c>, which calibre takes as authors when there are no others); without editors, the
    /// publisher, else the event, as the body responsible, with no role (a role other than <c>aut</c> or
    /// <c>edt</c> hides a creator from calibre); with none of those, the speakers; failing all, "Anonymous".
    /// </summary>
    private static void WriteCreators(XmlWriter xml, BookMeta meta, IReadOnlyList<string> speakers)
    {
        var editors = meta.Editors.Where(e => !string.IsNullOrWhiteSpace(e)).ToList();
        for (var i = 0; i < editors.Count; i++)
        {
            Dc(xml, "creator", editors[i], "editor-" + (i + 1));
            Refine(xml, "editor-" + (i + 1), "role", "edt", "marc:relators");
        }

        if (editors.Count > 0)
        {
            return;
        }

        var body = new[] { meta.Publisher, meta.Event?.Name }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        if (body is not null)
        {
            Dc(xml, "creator", body, "creator");
            return;
        }

        foreach (var speaker in speakers.DefaultIfEmpty(PhraseSet.For(meta.Language).Anonymous))
        {
            Dc(xml, "creator", speaker);
        }
    }

    /// <summary>Each speaker once, in order of first appearance.</summary>
    public static IReadOnlyList<string> Speakers(Publication publication) =>
        [.. publication.WriteUps.SelectMany(w => w.Meta.Speakers).Select(s => s.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The edition the page markers come from: <c>dc:source</c> marked as the source of the pagination
    /// (EPUB 3.2's <c>source-of</c>; Ace looks for the <c>dc:source</c>). EPUB Accessibility 1.1's
    /// <c>a11y:pageBreakSource</c> would say the same, but epubcheck 4.2.6 rejects it as an undefined property.
    /// </summary>
    private static void WritePageSource(XmlWriter xml, PageMarkers pages)
    {
        if (!pages.Any)
        {
            return;
        }

        Dc(xml, "source", pages.Source, "print-source");
        Refine(xml, "print-source", "source-of", "pagination");
    }

    private static void WriteAccessibility(XmlWriter xml, BookPlan plan)
    {
        Meta(xml, "schema:accessMode", "textual");
        if (plan.HasFigures)
        {
            Meta(xml, "schema:accessMode", "visual");
        }

        // Text alone suffices unless some figure lacks a text alternative.
        Meta(xml, "schema:accessModeSufficient", plan.EveryFigureHasAlt ? "textual" : "textual,visual");

        Meta(xml, "schema:accessibilityFeature", "structuralNavigation");
        Meta(xml, "schema:accessibilityFeature", "tableOfContents");
        Meta(xml, "schema:accessibilityFeature", "readingOrder");
        if (plan.EveryFigureHasAlt)
        {
            Meta(xml, "schema:accessibilityFeature", "alternativeText");
        }

        if (plan.Pages.Any)
        {
            Meta(xml, "schema:accessibilityFeature", "pageBreakMarkers");
            Meta(xml, "schema:accessibilityFeature", "pageNavigation");
        }

        Meta(xml, "schema:accessibilityHazard", "none");
        Meta(xml, "schema:accessibilitySummary", Summary(plan));
    }

    private static string Summary(BookPlan plan)
    {
        var phrases = plan.Phrases;
        var figures = !plan.HasFigures
            ? phrases.AccessNoPictures
            : plan.EveryFigureHasAlt ? phrases.AccessAllDescribed : phrases.AccessSomeUndescribed;
        var pages = plan.Pages.Any ? " " + PhraseSet.Fill(phrases.AccessPages, plan.Pages.Source) : "";
        return $"{phrases.AccessStructure} {figures}{pages}";
    }

    private static void Dc(XmlWriter xml, string name, string value, string? id = null)
    {
        xml.WriteStartElement("dc", name, DcNamespace);
        if (id is not null)
        {
            xml.WriteAttributeString("id", id);
        }

        xml.WriteString(XmlText.Clean(value).Trim());
        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Dc(xml, name, value);
        }
    }

    private static void Meta(XmlWriter xml, string property, string value)
    {
        xml.WriteStartElement("meta", OpfNamespace);
        xml.WriteAttributeString("property", property);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private static void Refine(XmlWriter xml, string id, string property, string value, string? scheme = null)
    {
        xml.WriteStartElement("meta", OpfNamespace);
        xml.WriteAttributeString("refines", "#" + id);
        xml.WriteAttributeString("property", property);
        if (scheme is not null)
        {
            xml.WriteAttributeString("scheme", scheme);
        }

        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
