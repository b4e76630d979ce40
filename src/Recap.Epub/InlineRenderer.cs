using Recap.Model;
using Recap.Model.Phrases;
using Recap.Model.TextRules;

namespace Recap.Epub;

/// <summary>
/// Writes inline content as XHTML phrasing content: text always escaped, links only to safe URLs
/// or to nodes that exist, never a link inside a link (HTML forbids it).
/// </summary>
internal sealed class InlineRenderer : IInlineVisitor
{
    private readonly XhtmlWriter _writer;
    private readonly LinkMap _links;
    private readonly string _fileName;
    private readonly PageBreakWriter _breaks;
    private readonly Dictionary<string, int> _noteReferences = new(StringComparer.Ordinal);
    private bool _inLink;

    public InlineRenderer(XhtmlWriter writer, LinkMap links, string fileName, PageBreakWriter breaks)
    {
        _writer = writer;
        _links = links;
        _fileName = fileName;
        _breaks = breaks;
    }

    /// <summary>The id of the first reference to a footnote, where its back link points.</summary>
    public static string ReferenceId(string footnoteId, int occurrence) =>
        occurrence == 1 ? "ref-" + footnoteId : $"ref-{footnoteId}-{occurrence}";

    /// <summary>True once a linked reference to the footnote has been written (so a back link has a target).</summary>
    public bool IsReferenced(string footnoteId) => _noteReferences.ContainsKey(footnoteId);

    public void Write(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            inline.Accept(this);
        }
    }

    public void Visit(Text text)
    {
        if (_inLink)
        {
            WriteBreakable(text.Value);
        }
        else
        {
            // The booklet's ties ("400 ms", "Fig. 3") as no-break spaces, so a reading system keeps them together too.
            _breaks.Text(Ties.Apply(text.Value));
        }
    }

    public void Visit(Emphasis emphasis) => Wrap("em", emphasis.Content);

    public void Visit(Strong strong) => Wrap("strong", strong.Content);

    public void Visit(InlineCode code)
    {
        // Only code with a run of spaces keeps them (and may then hang a space past a line's end).
        _writer.Start("code", code.Value.Contains("  ", StringComparison.Ordinal) ? "spaced" : null);
        WriteBreakable(code.Value);
        _writer.End();
    }

    public void Visit(Link link) => WriteLink(Href(link.Target), null, link.Content);

    public void Visit(Handle handle) => WriteLink(SafeUrl.Href(handle.Url), "handle", [new Text(handle.Source, handle.Name)]);

    public void Visit(LineBreak lineBreak)
    {
        _writer.Start("br");
        _writer.End();
        _breaks.Space();
    }

    public void Visit(FootnoteReference reference) => WriteNoteReference(reference);

    /// <summary>Code and link text with <c>&lt;wbr&gt;</c> at its seams (<see cref="BreakPoints"/>).</summary>
    private void WriteBreakable(string value)
    {
        var written = 0;
        foreach (var point in BreakPoints.In(value))
        {
            _breaks.Text(value[written..point]);
            _writer.Start("wbr");
            _writer.End();
            written = point;
        }

        _breaks.Text(value[written..]);
    }

    private void Wrap(string element, IReadOnlyList<Inline> content)
    {
        _writer.Start(element);
        Write(content);
        _writer.End();
    }

    private string? Href(LinkTarget target) => target.Match(
        external => SafeUrl.Href(external.Url),
        @internal => _links.Resolve(@internal.TargetId, _fileName));

    private void WriteLink(string? href, string? cssClass, IReadOnlyList<Inline> content)
    {
        if (href is null || _inLink)
        {
            // Unsafe or unresolvable (the reader has warned): keep the words, drop the link.
            if (cssClass is not null)
            {
                _writer.Start("span", cssClass);
            }

            Write(content);
            if (cssClass is not null)
            {
                _writer.End();
            }

            return;
        }

        _writer.Start("a", cssClass);
        _writer.Attribute("href", href);
        _inLink = true;
        Write(content);
        _inLink = false;
        _writer.End();
    }

    private void WriteNoteReference(FootnoteReference reference)
    {
        var number = reference.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var href = _links.Resolve(reference.FootnoteId, _fileName);
        _writer.Start("sup", "noteref");
        if (href is null || _inLink)
        {
            _writer.Text(number);
        }
        else
        {
            var occurrence = _noteReferences.GetValueOrDefault(reference.FootnoteId) + 1;
            _noteReferences[reference.FootnoteId] = occurrence;
            _writer.Start("a");
            _writer.EpubType("noteref");
            _writer.Attribute("role", "doc-noteref");
            _writer.Attribute("id", ReferenceId(reference.FootnoteId, occurrence));
            _writer.Attribute("href", href);
            _writer.Text(number);
            _writer.End();
        }

        _writer.End();
    }
}
