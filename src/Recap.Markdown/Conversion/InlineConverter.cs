using System.Text;
using AngleSharp.Dom;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Recap.Markdown.Conversion.Html;
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
    private readonly List<HtmlPicture> _htmlPictures = [];
    private readonly List<OpenTag> _open = [];
    private readonly HtmlWarnings _html = new(scope);
    private readonly StringBuilder _run = new();
    private string? _dropping;
    private char? _previous;
    private int _linkDepth;

    /// <summary>The list whose Text at <see cref="_runIndex"/> is being merged into <see cref="_run"/>; its value is written when the run ends.</summary>
    private List<Inline>? _runOutput;
    private int _runIndex;

    public List<Inline> Convert(ContainerInline? container)
    {
        _previous = null;
        _open.Clear();
        _dropping = null;
        var output = new List<Inline>();
        if (container is not null)
        {
            AppendChildren(container, output);
        }

        EndRun();
        return output;
    }

    /// <summary>The pictures written as HTML since the last call, in order.</summary>
    public List<HtmlPicture> TakeHtmlPictures()
    {
        var pictures = _htmlPictures.ToList();
        _htmlPictures.Clear();
        return pictures;
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
        // Complete before a node takes the list: no later piece can join a run of this list.
        EndRun();
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
                AppendText(SmartPunctuation.Apply(literal.Content.AsSpan(), scope.Quotes, _previous, literal.IsFirstCharacterEscaped), source, output);
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

    /// <summary>
    /// An inline HTML tag, read by the allow-list: Markdig gives open and close tags one by one, so an
    /// open tag that means something (<c>&lt;b&gt;</c>, <c>&lt;a href&gt;</c>…) marks where its content starts and
    /// its close tag wraps what came since; a dropped element's text is skipped up to its close tag.
    /// </summary>
    private void AppendHtml(HtmlInline html, SourceSpan source, List<Inline> output)
    {
        var tag = html.Tag;
        if (tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            scope.Context.Diagnostics.Warning(source, "raw-html", "an HTML comment is dropped");
            return;
        }

        if (tag.StartsWith("</", StringComparison.Ordinal))
        {
            Close(tag[2..].Trim(' ', '>', '\t', '\n').ToLowerInvariant(), source, output);
            return;
        }

        if (_dropping is not null || HtmlPolicy.Parse(tag).OfType<IElement>().FirstOrDefault() is not { } element)
        {
            return;
        }

        foreach (var component in HtmlPolicy.Components(tag).Where(HtmlPolicy.PictureComponents.Contains))
        {
            _html.Component(component, source);
        }

        var name = element.LocalName;
        if (HtmlPolicy.Dropped.Contains(name))
        {
            _html.Dropped(name, source);
            _dropping = tag.EndsWith("/>", StringComparison.Ordinal) ? null : name;
            return;
        }

        _html.Events(element, source);
        if (HtmlPolicy.IsPicture(element))
        {
            if (_html.Picture(element, source) is { } picture)
            {
                _htmlPictures.Add(picture);
            }

            return;
        }

        switch (name)
        {
            case "br":
                output.Add(new LineBreak(source));
                _previous = '\n';
                break;
            case "b" or "strong" or "i" or "em" or "code" or "kbd" or "a":
                _open.Add(new OpenTag(name, output, output.Count, element.GetAttribute("href"), source));
                break;
            default:
                if (!HtmlPolicy.ContentOnly.Contains(name))
                {
                    _html.Unknown(name, source);
                }

                break;
        }
    }

    /// <summary>A close tag: wraps what its open tag started in the same run; a stray one is dropped.</summary>
    private void Close(string name, SourceSpan source, List<Inline> output)
    {
        EndRun(); // what the tag wraps moves to another list
        if (_dropping is not null)
        {
            _dropping = _dropping == name ? null : _dropping;
            return;
        }

        var index = _open.FindLastIndex(o => o.Name == name && ReferenceEquals(o.Output, output));
        if (index < 0)
        {
            return;
        }

        var open = _open[index];
        _open.RemoveRange(index, _open.Count - index);
        var content = output.GetRange(open.Start, output.Count - open.Start);
        output.RemoveRange(open.Start, content.Count);
        switch (name)
        {
            case "b" or "strong":
                output.Add(new Strong(open.Source, content));
                break;
            case "i" or "em":
                output.Add(new Emphasis(open.Source, content));
                break;
            case "code" or "kbd":
                output.Add(new InlineCode(open.Source, InlineText.Plain(content)));
                break;
            default:
                if (open.Href is { Length: > 0 } href && scope.Links.Resolve(href, scope.WriteUp.RelativeFile, source) is { } target)
                {
                    output.Add(new Link(open.Source, target, content));
                }
                else
                {
                    output.AddRange(content);
                }

                break;
        }
    }

    /// <summary>
    /// Adds text, merging it into the text before it: the result has one Text per run. A paragraph
    /// comes in many pieces (each soft line break is one), so the run is gathered in a builder and
    /// made a string once, rather than a longer string made for every piece.
    /// </summary>
    private void AppendText(string value, SourceSpan source, List<Inline> output)
    {
        if (value.Length == 0 || _dropping is not null)
        {
            return;
        }

        // Not into text before an open HTML tag: its close tag must find its content on its own.
        if (output.Count > 0 && output[^1] is Text before && !TagOpensAtEnd(output))
        {
            if (!ReferenceEquals(_runOutput, output) || _runIndex != output.Count - 1)
            {
                EndRun();
                (_runOutput, _runIndex) = (output, output.Count - 1);
                _run.Append(before.Value);
            }

            _run.Append(value);
        }
        else
        {
            output.Add(new Text(source, value));
        }

        Remember(value);
    }

    /// <summary>Whether an open HTML tag's content starts at the end of <paramref name="output"/>. A loop: a lambda would capture the list on every call.</summary>
    private bool TagOpensAtEnd(List<Inline> output)
    {
        foreach (var open in _open)
        {
            if (open.Start == output.Count && ReferenceEquals(open.Output, output))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the merged run into its Text, before anything reads or moves it.</summary>
    private void EndRun()
    {
        if (_runOutput is { } output)
        {
            output[_runIndex] = (Text)output[_runIndex] with { Value = _run.ToString() };
            _run.Clear();
            _runOutput = null;
        }
    }

    private void Remember(string emitted)
    {
        if (emitted.Length > 0)
        {
            _previous = emitted[^1];
        }
    }
}
