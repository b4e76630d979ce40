using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Markdown.Extensions.QaExchange;
using Recap.Model;
using Block = Recap.Model.Block;
using CodeBlock = Recap.Model.CodeBlock;
using Inline = Recap.Model.Inline;
using MdBlock = Markdig.Syntax.Block;
using MdCodeBlock = Markdig.Syntax.CodeBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using SourceSpan = Recap.Model.SourceSpan;
using Table = Recap.Model.Table;
using TableCell = Recap.Model.TableCell;
using TableRow = Recap.Model.TableRow;

namespace Recap.Markdown.Conversion;

/// <summary>
/// Converts Markdig's blocks into the model's, one case per kind (pandoc's reader in miniature).
/// Ids are taken in document order as blocks are emitted, so a block's id is claimed before its
/// children's and a displaced figure's after its paragraph's.
/// </summary>
internal sealed class BlockConverter(WriteUpScope scope)
{
    private readonly InlineConverter _inlines = new(scope);

    public List<Block> Convert(ContainerBlock container)
    {
        var output = new List<Block>();
        foreach (var block in container)
        {
            Append(block, output);
        }

        return output;
    }

    private void Append(MdBlock block, List<Block> output)
    {
        var source = scope.Span(block);
        switch (block)
        {
            case HeadingBlock heading:
                AppendHeading(heading, source, output);
                break;
            case ParagraphBlock paragraph:
                AppendParagraph(paragraph, source, output);
                break;
            case QaExchangeBlock qa:
                var id = scope.Ids.Block();
                var question = InlineEdges.Trim(_inlines.Convert(qa.Question.Inline));
                var images = _inlines.TakeDisplacedImages();
                var answer = InlineEdges.Trim(_inlines.Convert(qa.Answer.Inline));
                output.Add(new QaExchange(id, source, question, answer));
                AppendFigures([.. images, .. _inlines.TakeDisplacedImages()], output);
                break;
            case QuoteBlock quote:
                var quoteId = scope.Ids.Block();
                output.Add(new BlockQuote(quoteId, source, Convert(quote)));
                break;
            case ListBlock list:
                AppendList(list, source, output);
                break;
            case FencedCodeBlock fenced:
                output.Add(new CodeBlock(scope.Ids.Block(), source, Language(fenced.Info), fenced.Lines.ToString()));
                break;
            case MdCodeBlock code:
                output.Add(new CodeBlock(scope.Ids.Block(), source, null, code.Lines.ToString()));
                break;
            case ThematicBreakBlock:
                output.Add(new ThematicBreak(scope.Ids.Block(), source));
                break;
            case HtmlBlock html:
                AppendHtml(html, source, output);
                break;
            case MdTable table:
                AppendTable(table, source, output);
                break;
            case FootnoteGroup or LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock:
                break; // not content: footnotes are collected where referenced, definitions are already resolved
            case ContainerBlock other:
                output.AddRange(Convert(other));
                break;
            default:
                scope.Context.Diagnostics.Warning(source, "unsupported-markdown", $"{block.GetType().Name} is not part of the content format and is left out");
                break;
        }
    }

    private void AppendHeading(HeadingBlock heading, SourceSpan source, List<Block> output)
    {
        var level = heading.Level;
        if (level == 1)
        {
            scope.Context.Diagnostics.Warning(source, "h1-in-body", "headings in a body start at `##`: the title is the level-1 heading; set as `##`");
            level = 2;
        }

        var content = InlineEdges.Trim(_inlines.Convert(heading.Inline));
        if (scope.Headings.IdOf(heading) is not { } id || InlineText.Plain(content).Trim().Length == 0)
        {
            // Valid CommonMark, but a section with no name has nothing to show in the contents or outline.
            scope.Context.Diagnostics.Warning(source, "empty-heading", "the heading is empty and is left out (also of the contents and bookmarks)", "give it a title, or remove the `#` marks");
        }
        else
        {
            output.Add(new Heading(id, source, Math.Min(level, 4), content));
        }

        AppendFigures(_inlines.TakeDisplacedImages(), output);
    }

    private void AppendParagraph(ParagraphBlock paragraph, SourceSpan source, List<Block> output)
    {
        if (SoleImage(paragraph) is { } image)
        {
            if (FigureBuilder.Build(image, scope) is { } figure)
            {
                output.Add(figure);
            }

            return;
        }

        var content = InlineEdges.Trim(_inlines.Convert(paragraph.Inline));
        if (content.Count > 0)
        {
            output.Add(new Paragraph(scope.Ids.Block(), source, content));
        }

        AppendFigures(_inlines.TakeDisplacedImages(), output);
    }

    /// <summary>A paragraph that holds nothing but one image (and white space) is a figure.</summary>
    private static LinkInline? SoleImage(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null)
        {
            return null;
        }

        LinkInline? image = null;
        foreach (var inline in paragraph.Inline)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } found when image is null:
                    image = found;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }

        return image;
    }

    /// <summary>Images met inside running text, set as figures after their block, each with a warning.</summary>
    private void AppendFigures(List<LinkInline> images, List<Block> output)
    {
        // Pictures written as HTML stand where they are meant to: no warning about running text.
        foreach (var picture in _inlines.TakeHtmlPictures())
        {
            if (picture.ToFigure(scope) is { } figure)
            {
                output.Add(figure);
            }
        }

        foreach (var image in images)
        {
            scope.Context.Diagnostics.Warning(scope.Span(image), "image-in-text", "an image inside running text is set as a figure after its paragraph", "give the image a paragraph of its own");
            if (FigureBuilder.Build(image, scope) is { } figure)
            {
                output.Add(figure);
            }
        }
    }

    private void AppendList(ListBlock list, SourceSpan source, List<Block> output)
    {
        var id = scope.Ids.Block();
        var items = new List<ListItem>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var itemId = scope.Ids.Block();
            items.Add(new ListItem(itemId, scope.Span(item), Convert(item)));
        }

        var tight = !list.IsLoose;
        output.Add(list.IsOrdered
            ? new OrderedList(id, source, int.TryParse(list.OrderedStart, out var start) ? start : 1, items, tight)
            : new BulletList(id, source, items, tight));
    }

    /// <summary>HTML blocks are read into the model by the allow-list (<see cref="Html.HtmlBlocks"/>), never passed through; comments are dropped with a warning.</summary>
    private void AppendHtml(HtmlBlock html, SourceSpan source, List<Block> output)
    {
        if (html.Type == HtmlBlockType.Comment)
        {
            scope.Context.Diagnostics.Warning(source, "raw-html", "an HTML comment is dropped");
            return;
        }

        output.AddRange(new Html.HtmlBlocks(scope, source).Read(html.Lines.ToString()));
    }

    private void AppendTable(MdTable table, SourceSpan source, List<Block> output)
    {
        var id = scope.Ids.Block();
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var alignments = Enumerable.Range(0, columns)
            .Select(i => i < table.ColumnDefinitions.Count ? Alignment(table.ColumnDefinitions[i].Alignment) : ColumnAlignment.Default)
            .ToList();
        var header = rows.Count > 0 && rows[0].IsHeader ? Row(rows[0]) : new TableRow([]);
        var body = rows.Skip(rows.Count > 0 && rows[0].IsHeader ? 1 : 0).Select(Row).ToList();
        output.Add(new Table(id, source, alignments, header, body));
        AppendFigures(_inlines.TakeDisplacedImages(), output);
    }

    private TableRow Row(MdTableRow row) =>
        new(row.OfType<MdTableCell>().Select(cell => new TableCell(CellContent(cell))).ToList());

    /// <summary>A pipe-table cell holds one line of inlines, which Markdig wraps in a paragraph.</summary>
    private List<Inline> CellContent(MdTableCell cell) =>
        cell.OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph ? InlineEdges.Trim(_inlines.Convert(paragraph.Inline)) : [];

    private static ColumnAlignment Alignment(MdTableColumnAlign? alignment) => alignment switch
    {
        MdTableColumnAlign.Left => ColumnAlignment.Left,
        MdTableColumnAlign.Center => ColumnAlignment.Center,
        MdTableColumnAlign.Right => ColumnAlignment.Right,
        _ => ColumnAlignment.Default,
    };

    /// <summary>The fence's first word: <c>```go title="x"</c> is Go.</summary>
    private static string? Language(string? info) =>
        info?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
