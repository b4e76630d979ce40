using AngleSharp.Dom;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Markdown.Conversion.Html;

namespace Recap.Markdown.Images.Remote;

/// <summary>
/// The web addresses of the pictures a parsed write-up names, in Markdown (<c>![](…)</c>) or in
/// HTML (<c>&lt;img src&gt;</c>, <c>&lt;Figure src/&gt;</c>), found before conversion so they can be fetched together.
/// </summary>
internal static class RemoteReferences
{
    public static IEnumerable<string> In(MarkdownDocument document)
    {
        var markdown = document.Descendants<LinkInline>().Where(link => link.IsImage).Select(link => link.Url);
        var html = document.Descendants<HtmlBlock>().Select(block => block.Lines.ToString())
            .Concat(document.Descendants<HtmlInline>().Select(inline => inline.Tag))
            .SelectMany(text => HtmlPolicy.Parse(text).SelectMany(Pictures))
            .Select(element => element.GetAttribute("src"));
        return markdown.Concat(html).OfType<string>().Where(RemotePictures.IsWebAddress);
    }

    private static IEnumerable<IElement> Pictures(INode node) =>
        node is IElement element
            ? element.DescendantsAndSelf<IElement>().Where(HtmlPolicy.IsPicture)
            : [];
}
