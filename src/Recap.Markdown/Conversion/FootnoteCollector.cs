using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Recap.Model;
using Footnote = Recap.Model.Footnote;
using MarkdigFootnote = Markdig.Extensions.Footnotes.Footnote;
using SourceSpan = Recap.Model.SourceSpan;

namespace Recap.Markdown.Conversion;

/// <summary>
/// Gathers the footnotes a write-up references, numbered by first reference (Markdig's order),
/// and converts their text once the body is done. Footnotes never referenced are left out.
/// </summary>
internal sealed class FootnoteCollector(WriteUpIds ids)
{
    private readonly Dictionary<MarkdigFootnote, string> _referenced = [];

    public FootnoteReference Reference(MarkdigFootnote footnote, SourceSpan source)
    {
        if (!_referenced.TryGetValue(footnote, out var id))
        {
            id = ids.Footnote(footnote.Order);
            _referenced[footnote] = id;
        }

        return new FootnoteReference(source, id, footnote.Order);
    }

    /// <summary>Converts every referenced footnote, including ones first referenced from another footnote's text.</summary>
    public IReadOnlyList<Footnote> Build(BlockConverter blocks, WriteUpScope scope)
    {
        var built = new Dictionary<MarkdigFootnote, Footnote>();
        while (_referenced.Keys.FirstOrDefault(f => !built.ContainsKey(f)) is { } next)
        {
            built[next] = new Footnote(_referenced[next], DefinitionSpan(next, scope), next.Label?.TrimStart('^') ?? "", next.Order, blocks.Convert(next));
        }

        return built.Values.OrderBy(f => f.Number).ToList();
    }

    /// <summary>Where <c>[^label]:</c> is written; Markdig's footnote block itself starts after the colon.</summary>
    private static SourceSpan DefinitionSpan(MarkdigFootnote footnote, WriteUpScope scope) =>
        scope.WriteUp.Document.Descendants<FootnoteLinkReferenceDefinition>().FirstOrDefault(d => d.Footnote == footnote) is { } definition
            ? scope.Span(definition)
            : scope.Span(footnote);
}
