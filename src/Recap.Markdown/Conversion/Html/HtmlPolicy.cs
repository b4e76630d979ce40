using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Recap.Markdown.Conversion.Html;

/// <summary>
/// The allow-list for HTML written in Markdown: which elements mean something in the model, which
/// only wrap content, and which are dropped whole because they could run or fetch something.
/// Nothing is ever passed through: HTML is read into the model or left out.
/// </summary>
internal static partial class HtmlPolicy
{
    /// <summary>Dropped with everything inside: they run script, style the reader's page or embed other documents.</summary>
    public static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "object", "embed", "applet", "frame", "frameset", "noscript", "template", "link", "meta", "base", "form", "input", "button", "textarea", "select", "video", "audio", "source", "track", "canvas", "svg", "math",
    };

    /// <summary>Read for their content only: the model has no equivalent, or the content is what matters.</summary>
    public static readonly HashSet<string> ContentOnly = new(StringComparer.Ordinal)
    {
        "sup", "sub", "s", "del", "strike", "mark", "ins", "u", "small", "span", "abbr", "cite", "q", "dfn", "time", "bdi", "bdo", "wbr", "font",
        "p", "div", "center", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "details", "summary",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col",
        "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "picture",
    };

    /// <summary>JSX-style components people paste from MDX sites that mean a picture (<c>&lt;Figure src alt/&gt;</c>).</summary>
    public static readonly HashSet<string> PictureComponents = new(StringComparer.Ordinal) { "Figure", "Image", "Img", "Picture" };

    /// <summary>Parses a piece of HTML as the body of a page would hold it.</summary>
    public static INodeList Parse(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("");
        return parser.ParseFragment(html, document.Body!);
    }

    /// <summary>The attributes that would run script (<c>onload=</c>, <c>onclick=</c>…), for the warning.</summary>
    public static IEnumerable<string> EventAttributes(IElement element) =>
        element.Attributes.Select(a => a.Name).Where(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase));

    /// <summary>The components named with a capital (<c>&lt;Figure</c>), as written: HTML parsing folds their case.</summary>
    public static IEnumerable<string> Components(string html) =>
        ComponentTag().Matches(html).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the element is a picture: <c>&lt;img&gt;</c>, or a component such as <c>&lt;Figure&gt;</c> with a <c>src</c>.</summary>
    public static bool IsPicture(IElement element) =>
        element.LocalName == "img" || (element.HasAttribute("src") && element.LocalName is "figure" or "image" or "picture");

    [GeneratedRegex(@"<([A-Z][A-Za-z0-9]*)\b")]
    private static partial Regex ComponentTag();
}
