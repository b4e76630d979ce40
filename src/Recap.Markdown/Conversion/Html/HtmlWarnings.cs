using AngleSharp.Dom;
using Recap.Model;

namespace Recap.Markdown.Conversion.Html;

/// <summary>The warnings HTML in a write-up gets, worded once for blocks and inline tags alike.</summary>
internal sealed class HtmlWarnings(WriteUpScope scope)
{
    public void Dropped(string name, SourceSpan source) =>
        scope.Context.Diagnostics.Warning(source, "html-dropped", $"`<{name}>` is dropped with its content: nothing from the content may run or load in a reader");

    public void Events(IElement element, SourceSpan source)
    {
        foreach (var attribute in HtmlPolicy.EventAttributes(element))
        {
            scope.Context.Diagnostics.Warning(source, "html-dropped", $"`{attribute}=` on `<{element.LocalName}>` is dropped: nothing from the content may run in a reader");
        }
    }

    /// <summary>One warning per tag name per file, however often the tag recurs.</summary>
    public void Unknown(string name, SourceSpan source) =>
        scope.Context.Diagnostics.WarningOnce("<" + name + ">", source, "html-unknown", $"`<{name}>` is not part of the content format: its text is kept, the tag dropped");

    public void Component(string name, SourceSpan source) =>
        scope.Context.Diagnostics.Warning(source, "html-component", $"the component `<{name}>` is read as a picture (its `src` and `alt`)", "write it as ![alt](src)");

    /// <summary>The picture an element means, or null (with a warning when it has no source).</summary>
    public HtmlPicture? Picture(IElement element, SourceSpan source)
    {
        if (element.GetAttribute("src") is not { Length: > 0 } src)
        {
            scope.Context.Diagnostics.Warning(source, "image-missing", $"`<{element.LocalName}>` has no `src`: it is left out");
            return null;
        }

        var alt = (element.GetAttribute("alt") ?? "").Trim();
        if (alt.Length == 0)
        {
            scope.Context.Diagnostics.Warning(source, "missing-alt", "the image has no alternative text", "give it an alt=\"…\" that says what it shows");
        }

        return new HtmlPicture(src, alt, element.GetAttribute("title"), source);
    }
}
