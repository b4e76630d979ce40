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
    public static IReadOnlyList<string> In(MarkdownDocument document)
    {
        // One walk of the tree for the three kinds (each Descendants<T> walks it all).
        List<string>? markdown = null;
        List<string>? html = null;
        foreach (var node in document.Descendants())
        {
            var found = node switch
            {
                LinkInline { IsImage: true, Url: { } url } => [url],
                HtmlBlock block => Sources(block.Lines.ToString()),
                HtmlInline inline => Sources(inline.Tag),
                _ => [],
            };
            foreach (var reference in found)
            {
                if (RemotePictures.IsWebAddress(reference))
                {
                    (node is LinkInline ? markdown ??= [] : html ??= []).Add(reference);
                }
            }
        }

        return [.. markdown ?? [], .. html ?? []];
    }

    private static IEnumerable<string> Sources(string html) =>
        HtmlPolicy.Parse(html).SelectMany(Pictures).Select(element => element.GetAttribute("src")).OfType<string>();

    private static IEnumerable<IElement> Pictures(INode node) =>
        node is IElement element
            ? element.DescendantsAndSelf<IElement>().Where(HtmlPolicy.IsPicture)
            : [];
}
