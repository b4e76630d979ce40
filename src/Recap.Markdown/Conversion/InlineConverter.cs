using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Recap.Markdown.Extensions.Handles;
using Recap.Markdown.Typography;
using Recap.Model;
using Inline = Recap.Model.Inline;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace Recap.Markdown.Conversion;

/// <summary>
/// Converts the inlines of one paragraph, heading, cell or caption. Text runs are merged and get
/// smart punctuation with the character before them as context, so quotes pair up across
/// emphasis; code is copied as written. Images cannot stand inside running text: they are set
/// aside for the block converter, which places them as figures after the block.
/// </summary>
internal sealed class InlineConverter(WriteUpScope scope)
{
    private readonly List<LinkInline> _displacedImages = [];
    private char? _previous;
    private int _linkDepth;

    public List<Inline> Convert(ContainerInline? container)
    {
        _previous = null;
        var output = new List<Inline>();
        if (container is not null)
        {
            AppendChildren(container, output);
        }

        return output;
    }

    /// <summary>The images met since the last call, in order.</summary>
    public List<LinkInline> TakeDisplacedImages()
    {
        var images = _displacedImages.ToList();
        _displacedImages.Clear();
        return images;
    }

    private List<Inline> Children(ContainerInline container)
    {
        var output = new List<Inline>();
        AppendChildren(container, output);
        return output;
    }

    private void AppendChildren(ContainerInline container, List<Inline> output)
    {
        foreach (var child in container)
        {
            Append(child, output);
        }
    }

    private void Append(MdInline inline, List<Inline> output)
    {
        var source = scope.Span(inline);
        switch (inline)
        {
            case LiteralInline literal:
                AppendText(SmartPunctuation.Apply(literal.Content.ToString(), scope.Quotes, _previous, literal.IsFirstCharacterEscaped), source, output);
                break;
            case LineBreakInline { IsHard: true }:
                output.Add(new LineBreak(source));
                _previous = '\n';
                break;
            case LineBreakInline:
                AppendText(" ", source, output);
                break;
            case CodeInline code:
                output.Add(new InlineCode(source, code.Content));
                Remember(code.Content);
                break;
            case EmphasisInline emphasis:
                var content = Children(emphasis);
                output.Add(emphasis.DelimiterCount >= 2 ? new Strong(source, content) : new Emphasis(source, content));
                break;
            case LinkInline { IsImage: true } image:
                _displacedImages.Add(image);
                break;
            case LinkInline link:
                AppendLink(link, source, output);
                break;
            case AutolinkInline autolink:
                AppendAutolink(autolink, source, output);
                break;
            case HandleInline handle when _linkDepth > 0:
                AppendText(handle.Name, source, output);
                break;
            case HandleInline handle:
                output.Add(new Handle(source, handle.Name, scope.Book.LinkForHandle(handle.Name)));
                Remember(handle.Name);
                break;
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink note:
                output.Add(scope.Footnotes.Reference(note.Footnote, source));
                break;
            case HtmlEntityInline entity:
                AppendText(entity.Transcoded.ToString(), source, output);
                break;
            case HtmlInline html:
                AppendHtml(html, source, output);
                break;
            case ContainerInline container:
                AppendChildren(container, output);
                break;
            default:
                AppendText(inline.ToString() ?? "", source, output);
                break;
        }
    }

    private void AppendLink(LinkInline link, SourceSpan source, List<Inline> output)
    {
        if (scope.Links.Resolve(link.Url ?? "", scope.WriteUp.RelativeFile, source) is not { } target)
        {
            AppendChildren(link, output); // the text stays, as plain content
            return;
        }

        _linkDepth++;
        var content = Children(link);
        _linkDepth--;
        output.Add(new Link(source, target, content));
    }

    /// <summary><c>&lt;https://…&gt;</c> and <c>&lt;me@example.com&gt;</c>; CommonMark accepts any scheme here, so it is checked like any link.</summary>
    private void AppendAutolink(AutolinkInline autolink, SourceSpan source, List<Inline> output)
    {
        var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        if (scope.Links.Resolve(url, scope.WriteUp.RelativeFile, source) is { } target)
        {
            output.Add(new Link(source, target, [new Text(source, autolink.Url)]));
            Remember(autolink.Url);
        }
        else
        {
            AppendText(autolink.Url, source, output);
        }
    }

    /// <summary>Raw HTML never reaches a reader as markup: tags show as the text they are, comments go.</summary>
    private void AppendHtml(HtmlInline html, SourceSpan source, List<Inline> output)
    {
        var diagnostics = scope.Context.Diagnostics;
        if (html.Tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            diagnostics.Warning(source, "raw-html", "an HTML comment is dropped");
            return;
        }

        diagnostics.Warning(source, "raw-html", $"raw HTML `{html.Tag}` is not passed through: it is shown as text", "write it in Markdown, or escape the `<` with a backslash");
        AppendText(html.Tag, source, output);
    }

    /// <summary>Adds text, merging it into the text before it: the result has one Text per run.</summary>
    private void AppendText(string value, SourceSpan source, List<Inline> output)
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

        Remember(value);
    }

    private void Remember(string emitted)
    {
        if (emitted.Length > 0)
        {
            _previous = emitted[^1];
        }
    }
}
