using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Markdown.Conversion;
using Recap.Markdown.Typography;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Model.Phrases;
using Recap.Model.TextRules;
using Inline = Recap.Model.Inline;
using MdInline = Markdig.Syntax.Inlines.Inline;
using SourceSpan = Recap.Model.SourceSpan;

namespace Recap.Markdown.Speakers;

/// <summary>
/// A speaker's <c>bio:</c>: one short Markdown paragraph, with emphasis, code and links (checked
/// as body links are). What a bio cannot hold (headings, lists, pictures, raw HTML, a second
/// paragraph) is kept as its text with a warning. Every node is placed at the <c>bio</c> value:
/// positions inside a YAML scalar do not map back to the file's columns once it is folded.
/// </summary>
internal static class BioParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().Build();

    public static IReadOnlyList<Inline> Parse(string markdown, SourceSpan source, DiagnosticBag diagnostics, QuoteMarks quotes)
    {
        var document = Markdig.Markdown.Parse(markdown.Trim(), Pipeline);
        var paragraphs = document.OfType<ParagraphBlock>().ToList();
        if (document.Count != paragraphs.Count || paragraphs.Count > 1)
        {
            diagnostics.Warning(source, "bio-not-a-paragraph", "a `bio` is one short paragraph: what is more is set as running text");
        }

        var output = new List<Inline>();
        var leftOut = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (output.Count > 0)
            {
                output.Add(new Text(source, " "));
            }

            if (block.Inline is { } inline)
            {
                Append(inline, source, diagnostics, output, leftOut, quotes);
            }
            else
            {
                output.Add(new Text(source, string.Join(' ', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()))));
            }
        }

        if (leftOut.Count > 0)
        {
            diagnostics.Warning(source, "bio-not-a-paragraph", $"a `bio` holds only text, emphasis, code and links: its {string.Join(", ", leftOut)} is left out");
        }

        return output;
    }

    private static void Append(ContainerInline container, SourceSpan source, DiagnosticBag diagnostics, List<Inline> output, SortedSet<string> leftOut, QuoteMarks quotes)
    {
        char? previous = null;
        foreach (var child in container)
        {
            switch (child)
            {
                case LiteralInline literal:
                    var text = SmartPunctuation.Apply(literal.Content.AsSpan(), quotes, previous, literal.IsFirstCharacterEscaped);
                    output.Add(new Text(source, text));
                    previous = text.Length > 0 ? text[^1] : previous;
                    break;
                case LineBreakInline:
                    output.Add(new Text(source, " "));
                    previous = ' ';
                    break;
                case HtmlEntityInline entity:
                    output.Add(new Text(source, entity.Transcoded.ToString()));
                    break;
                case CodeInline code:
                    output.Add(new InlineCode(source, code.Content));
                    break;
                case EmphasisInline emphasis:
                    var content = new List<Inline>();
                    Append(emphasis, source, diagnostics, content, leftOut, quotes);
                    output.Add(emphasis.DelimiterCount >= 2 ? new Strong(source, content) : new Emphasis(source, content));
                    break;
                case LinkInline { IsImage: false } link:
                    var label = new List<Inline>();
                    Append(link, source, diagnostics, label, leftOut, quotes);
                    if (label.Count == 0)
                    {
                        label.Add(new Text(source, link.Url ?? ""));
                    }

                    output.AddRange(Target(link.Url ?? "", source, diagnostics) is { } target ? [new Link(source, target, label)] : label);
                    break;
                case AutolinkInline autolink:
                    var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    output.Add(Target(url, source, diagnostics) is { } auto ? new Link(source, auto, [new Text(source, autolink.Url)]) : new Text(source, autolink.Url));
                    break;
                case ContainerInline other:
                    Append(other, source, diagnostics, output, leftOut, quotes);
                    break;
                default:
                    leftOut.Add(Describe(child));
                    break;
            }
        }
    }

    private static ExternalTarget? Target(string url, SourceSpan source, DiagnosticBag diagnostics)
    {
        if (SafeUrl.IsAllowed(url))
        {
            return new ExternalTarget(url);
        }

        diagnostics.Warning(source, SafeUrl.Scheme(url) is null ? "invalid-url" : "unsafe-link", $"the `bio`'s link `{url}` is not an absolute {SafeUrl.Listed} URL: its text stays without a link");
        return null;
    }

    private static string Describe(MdInline inline) => inline switch
    {
        HtmlInline => "raw HTML",
        LinkInline => "picture",
        _ => inline.GetType().Name,
    };
}
