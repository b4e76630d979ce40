using System.Text;
using System.Xml;

namespace Recap.Epub;

/// <summary>
/// A thin XmlWriter for EPUB content documents: every element in the XHTML namespace, <c>lang</c> and
/// <c>xml:lang</c> on the root, and text that is always escaped (characters XML cannot hold are dropped),
/// so nothing from the content can become markup.
/// </summary>
internal sealed class XhtmlWriter : IDisposable
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string OpsNamespace = "http://www.idpf.org/2007/ops";

    private readonly XmlWriter _xml;

    private XhtmlWriter(XmlWriter xml) => _xml = xml;

    public static XmlWriterSettings Settings(bool indent) => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = indent,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    /// <summary>Opens a document and its body; <paramref name="stylesheet"/> is relative to the document.</summary>
    public static XhtmlWriter Open(Stream stream, string language, string title, string stylesheet, bool indent = false)
    {
        var writer = new XhtmlWriter(XmlWriter.Create(stream, Settings(indent)));
        var xml = writer._xml;
        xml.WriteStartDocument();
        // XmlWriter.WriteDocType writes "<!DOCTYPE html >"; write the form every HTML tool expects.
        xml.WriteRaw("\n<!DOCTYPE html>\n");
        xml.WriteStartElement("html", XhtmlNamespace);
        xml.WriteAttributeString("xmlns", "epub", null, OpsNamespace);
        xml.WriteAttributeString("lang", language);
        xml.WriteAttributeString("xml", "lang", null, language);
        writer.Start("head");
        writer.Start("meta");
        writer.Attribute("charset", "utf-8");
        writer.End();
        writer.Element("title", title);
        writer.Start("link");
        writer.Attribute("rel", "stylesheet");
        writer.Attribute("type", "text/css");
        writer.Attribute("href", stylesheet);
        writer.End();
        writer.End();
        writer.Start("body");
        return writer;
    }

    public void Start(string element, string? cssClass = null)
    {
        _xml.WriteStartElement(element, XhtmlNamespace);
        if (cssClass is not null)
        {
            Attribute("class", cssClass);
        }
    }

    public void Attribute(string name, string value) => _xml.WriteAttributeString(name, XmlText.Clean(value));

    /// <summary>An <c>epub:type</c> semantic.</summary>
    public void EpubType(string value) => _xml.WriteAttributeString("epub", "type", OpsNamespace, value);

    public void Text(string value) => _xml.WriteString(XmlText.Clean(value));

    public void End() => _xml.WriteEndElement();

    public void Element(string element, string text, string? cssClass = null)
    {
        Start(element, cssClass);
        Text(text);
        End();
    }

    /// <summary>A line break between blocks, so the files read well in a diff; invisible to readers.</summary>
    public void NewLine() => _xml.WriteWhitespace("\n");

    /// <summary>A space between elements where white space is not rendered (between table cells), kept for text conversions.</summary>
    public void Space() => _xml.WriteWhitespace(" ");

    /// <summary>Closes body and html and flushes; the stream stays open.</summary>
    public void Dispose()
    {
        _xml.WriteEndDocument();
        _xml.Dispose();
    }
}
