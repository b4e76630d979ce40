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

        if (scope.Context.Images.Resolve(image.Url ?? "", scope.WriteUp.Folder, source) is not { } asset)
        {
            return null;
        }

        IReadOnlyList<Inline> caption = string.IsNullOrWhiteSpace(image.Title)
            ? []
            : [new Text(source, SmartPunctuation.Apply(image.Title.Trim(), scope.Quotes))];
        return new Figure(scope.Ids.Block(), source, asset, alt, caption);
    }
}
