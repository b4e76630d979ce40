using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recap.Markdown.Images.Remote;

/// <summary>The web addresses of the pictures a parsed write-up names, found before conversion so they can be fetched together.</summary>
internal static class RemoteReferences
{
    public static IEnumerable<string> In(MarkdownDocument document) =>
        document.Descendants<LinkInline>()
            .Where(link => link.IsImage && link.Url is not null && RemotePictures.IsWebAddress(link.Url))
            .Select(link => link.Url!);
}
