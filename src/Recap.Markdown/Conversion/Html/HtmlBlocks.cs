using System.Globalization;
using AngleSharp.Dom;
using Recap.Model;

namespace Recap.Markdown.Conversion.Html;

/// <summary>
/// An HTML block of a write-up read into model blocks by the allow-list: <c>&lt;p&gt;</c> a paragraph,
/// lists, simple tables, <c>&lt;figure&gt;</c> with <c>&lt;img&gt;</c> and <c>&lt;figcaption&gt;</c> a figure,
/// <c>&lt;blockquote&gt;</c>, <c>&lt;pre&gt;</c>, <c>&lt;hr&gt;</c>; <c>&lt;div&gt;</c>, <c>&lt;center&gt;</c>,
/// <c>&lt;details&gt;</c> and the like give their content (a <c>&lt;summary&gt;</c> in bold). Inline content
/// between blocks becomes a paragraph; pictures become figures after it.
/// </summary>
internal sealed class HtmlBlocks(WriteUpScope scope, SourceSpan source)
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "center", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "details", "summary",
        "ul", "ol", "dl", "table", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private readonly HtmlWarnings _warnings = new(scope);

    public List<Block> Read(string html)
    {
        foreach (var component in HtmlPolicy.Components(html))
        {
            if (HtmlPolicy.PictureComponents.Contains(component))
            {
                _warnings.Component(component, source);
            }
        }

        var output = new List<Block>();
        Blocks(HtmlPolicy.Parse(html), output);
        return output;
    }

    private void Blocks(IEnumerable<INode> nodes, List<Block> output)
    {
        var run = new List<INode>();
        foreach (var node in nodes)
        {
            if (node is IElement element && BlockElements.Contains(element.LocalName) && !HtmlPolicy.IsPicture(element))
            {
                Paragraph(run, output);
                run.Clear();
                Block(element, output);
            }
            else
            {
                run.Add(node);
            }
        }

        Paragraph(run, output);
    }

    private void Block(IElement element, List<Block> output)
    {
        _warnings.Events(element, source);
        switch (element.LocalName)
        {
            case "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Paragraph(element.ChildNodes, output);
                break;
            case "summary":
                Paragraph(element.ChildNodes, output, strong: true);
                break;
            case "figure":
                Figure(element, output);
                break;
            case "ul" or "ol":
                List(element, output);
                break;
            case "table":
                Table(element, output);
                break;
            case "blockquote":
                var id = scope.Ids.Block();
                var content = new List<Block>();
                Blocks(element.ChildNodes, content);
                output.Add(new BlockQuote(id, source, content));
                break;
            case "pre":
                output.Add(new CodeBlock(scope.Ids.Block(), source, null, element.TextContent.TrimEnd('\n')));
                break;
            case "hr":
                output.Add(new ThematicBreak(scope.Ids.Block(), source));
                break;
            default:
                Blocks(element.ChildNodes, output);
                break;
        }
    }

    /// <summary>Inline nodes as one paragraph (when they hold any text), then the pictures among them as figures.</summary>
    private void Paragraph(IEnumerable<INode> nodes, List<Block> output, bool strong = false)
    {
        var inlines = new HtmlInlines(scope, _warnings, source);
        var content = InlineEdges.Trim(inlines.Convert(nodes));
        if (content.Count > 0)
        {
            output.Add(new Paragraph(scope.Ids.Block(), source, strong ? [new Strong(source, content)] : content));
        }

        Figures(inlines.Pictures, output);
    }

    private void Figures(List<HtmlPicture> pictures, List<Block> output, IReadOnlyList<Inline>? caption = null)
    {
        foreach (var picture in pictures)
        {
            if (picture.ToFigure(scope, caption) is { } figure)
            {
                output.Add(figure);
            }
        }
    }

    /// <summary><c>&lt;figure&gt;</c>: its pictures with the <c>&lt;figcaption&gt;</c> as their caption; other content as blocks.</summary>
    private void Figure(IElement element, List<Block> output)
    {
        var captionElement = element.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        var caption = captionElement is null ? [] : InlineEdges.Trim(new HtmlInlines(scope, _warnings, source).Convert(captionElement.ChildNodes));
        var inlines = new HtmlInlines(scope, _warnings, source);
        var rest = InlineEdges.Trim(inlines.Convert(element.ChildNodes.Where(n => n != captionElement)));
        if (rest.Count > 0)
        {
            output.Add(new Paragraph(scope.Ids.Block(), source, rest));
        }

        Figures(inlines.Pictures, output, caption);
        if (inlines.Pictures.Count == 0 && caption.Count > 0)
        {
            output.Add(new Paragraph(scope.Ids.Block(), source, caption));
        }
    }

    private void List(IElement element, List<Block> output)
    {
        var id = scope.Ids.Block();
        var items = new List<ListItem>();
        foreach (var item in element.Children.Where(c => c.LocalName == "li"))
        {
            var itemId = scope.Ids.Block();
            var content = new List<Block>();
            Blocks(item.ChildNodes, content);
            items.Add(new ListItem(itemId, source, content));
        }

        output.Add(element.LocalName == "ol"
            ? new OrderedList(id, source, int.TryParse(element.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1, items, Tight: true)
            : new BulletList(id, source, items, Tight: true));
    }

    /// <summary>A simple table: rows of cells, the first row the header when it is in <c>&lt;thead&gt;</c> or made of <c>&lt;th&gt;</c>.</summary>
    private void Table(IElement element, List<Block> output)
    {
        var id = scope.Ids.Block();
        var rows = element.QuerySelectorAll("tr").ToList();
        var pictures = new List<HtmlPicture>();
        TableRow Row(IElement row) => new([.. row.Children.Where(c => c.LocalName is "td" or "th").Select(cell =>
        {
            var inlines = new HtmlInlines(scope, _warnings, source);
            var content = InlineEdges.Trim(inlines.Convert(cell.ChildNodes));
            pictures.AddRange(inlines.Pictures);
            return new TableCell(content);
        })]);
        var hasHeader = rows.Count > 0 && (rows[0].ParentElement?.LocalName == "thead" || rows[0].Children.All(c => c.LocalName == "th"));
        var header = hasHeader ? Row(rows[0]) : new TableRow([]);
        var body = rows.Skip(hasHeader ? 1 : 0).Select(Row).ToList();
        var columns = Math.Max(header.Cells.Count, body.Count == 0 ? 0 : body.Max(r => r.Cells.Count));
        output.Add(new Table(id, source, [.. Enumerable.Repeat(ColumnAlignment.Default, columns)], header, body));
        Figures(pictures, output);
    }
}
