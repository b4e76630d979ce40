using Recap.Markdown.Images.Remote;
using Recap.Markdown.Typography;
using Recap.Model;
using LinkInline = Markdig.Syntax.Inlines.LinkInline;

namespace Recap.Markdown.Conversion;

/// <summary>Turns a Markdown image into a <see cref="Figure"/>: alt text from its description, caption from its title.</summary>
internal static class FigureBuilder
{
    /// <returns>Null when the picture cannot be used (the reason is reported).</returns>
    public static Figure? Build(LinkInline image, WriteUpScope scope)
    {
        var source = scope.Span(image);
        var alt = InlineText.Plain(new InlineConverter(scope).Convert(image)).Trim();
        if (alt.Length == 0)
        {
            scope.Context.Diagnostics.Warning(source, "missing-alt", "the image has no alternative text", "describe it between the brackets: ![what it shows](path)");
        }

        return Build(image.Url ?? "", alt, image.Title, source, scope);
    }

    /// <summary>A figure from a picture's address, alternative text and title, however the content wrote it (Markdown or HTML).</summary>
    /// <returns>Null when a local picture cannot be used (the reason is reported); a web picture that cannot be had gives a placeholder figure.</returns>
    public static Figure? Build(string url, string alt, string? title, SourceSpan source, WriteUpScope scope)
    {
        var images = scope.Context.Images;
        var remote = RemotePictures.IsWebAddress(url);
        var asset = remote ? images.ResolveRemote(url, source) : images.Resolve(url, scope.WriteUp.Folder, source);
        if (asset is null && !remote)
        {
            return null;
        }

        IReadOnlyList<Inline> caption = string.IsNullOrWhiteSpace(title)
            ? []
            : [new Text(source, SmartPunctuation.Apply(title.Trim(), scope.Quotes))];
        return new Figure(scope.Ids.Block(), source, asset, alt, caption) { Address = remote ? url : "" };
    }
}
