using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Recap.Markdown.Typography;
using Recap.Model;

namespace Recap.Markdown.Conversion.Html;

/// <summary>
/// The inline content of parsed HTML as model inlines: <c>&lt;b&gt;</c>/<c>&lt;strong&gt;</c> strong,
/// <c>&lt;i&gt;</c>/<c>&lt;em&gt;</c> emphasis, <c>&lt;code&gt;</c>/<c>&lt;kbd&gt;</c> code, <c>&lt;a href&gt;</c> a link
/// under the links' URL policy, <c>&lt;br&gt;</c> a line break; pictures are set aside to become figures.
/// Every source position is the HTML's own.
/// </summary>
internal sealed partial class HtmlInlines(WriteUpScope scope, HtmlWarnings warnings, SourceSpan source)
{
    public List<HtmlPicture> Pictures { get; } = [];

    public List<Inline> Convert(IEnumerable<INode> nodes)
    {
        var output = new List<Inline>();
        foreach (var node in nodes)
        {
            Append(node, output);
        }

        return output;
    }

    private void Append(INode node, List<Inline> output)
    {
        if (node is IText text)
        {
            AppendText(SmartPunctuation.Apply(Spaces().Replace(text.Data, " ")), output);
            return;
        }

        if (node is not IElement element)
        {
            return; // comments
        }

        var name = element.LocalName;
        if (HtmlPolicy.Dropped.Contains(name))
        {
            warnings.Dropped(name, source);
            return;
        }

        warnings.Events(element, source);
        if (HtmlPolicy.IsPicture(element))
        {
            if (warnings.Picture(element, source) is { } picture)
            {
                Pictures.Add(picture);
            }

            return;
        }

        switch (name)
        {
            case "br":
                output.Add(new LineBreak(source));
                break;
            case "b" or "strong":
                output.Add(new Strong(source, Convert(element.ChildNodes)));
                break;
            case "i" or "em":
                output.Add(new Emphasis(source, Convert(element.ChildNodes)));
                break;
            case "code" or "kbd" or "tt" or "samp":
                output.Add(new InlineCode(source, element.TextContent));
                break;
            case "a":
                var content = Convert(element.ChildNodes);
                if (element.GetAttribute("href") is { Length: > 0 } href && scope.Links.Resolve(href, scope.WriteUp.RelativeFile, source) is { } target)
                {
                    output.Add(new Link(source, target, content));
                }
                else
                {
                    output.AddRange(content);
                }

                break;
            default:
                if (!HtmlPolicy.ContentOnly.Contains(name))
                {
                    warnings.Unknown(name, source);
                }

                output.AddRange(Convert(element.ChildNodes));
                break;
        }
    }

    private void AppendText(string value, List<Inline> output)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (output.Count > 0 && output[^1] is Text before)
        {
            output[^1] = before with { Value = before.Value + value };
        }
        else
        {
            output.Add(new Text(source, value));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
