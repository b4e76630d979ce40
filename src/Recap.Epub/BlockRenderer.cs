using System.Diagnostics;
using System.Globalization;
using Recap.Model;
using Recap.Model.Phrases;
using Recap.Model.TextRules;

namespace Recap.Epub;

/// <summary>Writes blocks as XHTML flow content; every block keeps its model id, so every internal link has a target.</summary>
internal sealed class BlockRenderer
{
    private readonly XhtmlWriter _writer;
    private readonly InlineRenderer _inlines;
    private readonly ImageCatalog _images;
    private readonly PageBreakWriter _breaks;
    private readonly PhraseSet _phrases;

    public BlockRenderer(XhtmlWriter writer, InlineRenderer inlines, ImageCatalog images, PageBreakWriter breaks, PhraseSet phrases)
    {
        _phrases = phrases;
        _writer = writer;
        _inlines = inlines;
        _images = images;
        _breaks = breaks;
    }

    public void Write(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Write(block);
            _writer.NewLine();
        }
    }

    // A plain switch, not the model's Block.Switch: that allocates a closure and a delegate per kind for
    // every block it dispatches. The default arm keeps its guarantee: a kind added to the model fails here.
    private void Write(Block block)
    {
        switch (block)
        {
            case Heading heading:
                Inlines(HeadingElements[Math.Clamp(heading.Level, 2, 6) - 2], heading.Id, heading.Content);
                break;
            case Paragraph paragraph:
                Inlines("p", paragraph.Id, paragraph.Content);
                break;
            case BulletList list:
                WriteList("ul", list.Id, null, list.Items, list.Tight);
                break;
            case OrderedList list:
                WriteList("ol", list.Id, list.Start, list.Items, list.Tight);
                break;
            case BlockQuote quote:
                WriteQuote(quote);
                break;
            case CodeBlock code:
                WriteCode(code);
                break;
            case QaExchange exchange:
                WriteExchange(exchange);
                break;
            case Table table:
                WriteTable(table);
                break;
            case Figure figure:
                WriteFigure(figure);
                break;
            case ThematicBreak rule:
                _breaks.At(rule.Id);
                Open("hr", rule.Id);
                _writer.End();
                break;
            default:
                throw new UnreachableException($"The EPUB writer has no rendering for {block.GetType().Name}.");
        }
    }

    // The write-up's title is its h1: its headings are h2 to h6.
    private static readonly string[] HeadingElements = ["h2", "h3", "h4", "h5", "h6"];

    private void WriteQuote(BlockQuote quote)
    {
        Open("blockquote", quote.Id);
        _breaks.At(quote.Id);
        Write(quote.Content);
        _writer.End();
    }

    /// <summary>The write-up's notes, after its body, each linked back to where it is first referenced.</summary>
    public void WriteFootnotes(IReadOnlyList<Footnote> footnotes)
    {
        if (footnotes.Count == 0)
        {
            return;
        }

        _writer.Start("section", "footnotes");
        _writer.Attribute("aria-label", _phrases.Notes);
        _writer.NewLine();
        foreach (var note in footnotes)
        {
            _writer.Start("aside", "footnote");
            _writer.EpubType("footnote");
            _writer.Attribute("role", "doc-footnote");
            _writer.Attribute("id", note.Id);
            _breaks.Start(note.Id);
            var content = note.Content;

            // The print edition numbers a note's words from its first paragraph's text.
            if (content.FirstOrDefault() is Paragraph first)
            {
                Open("p", first.Id);
                _breaks.At(first.Id);
                WriteNoteNumber(note);
                _breaks.Count(note.Id);
                _inlines.Write(first.Content);
                _breaks.End();
                _writer.End();
                content = [.. content.Skip(1)];
            }
            else
            {
                _breaks.At(note.Id);
                _writer.Start("p");
                WriteNoteNumber(note);
                _writer.End();
            }

            Write(content);
            _writer.End();
            _writer.NewLine();
        }

        _writer.End();
    }

    private void WriteNoteNumber(Footnote note)
    {
        var number = note.Number.ToString(CultureInfo.InvariantCulture);
        if (_inlines.IsReferenced(note.Id))
        {
            _writer.Start("a", "note-number");
            _writer.Attribute("href", "#" + InlineRenderer.ReferenceId(note.Id, 1));
            _writer.Attribute("role", "doc-backlink");
            _writer.Attribute("title", _phrases.BackToText);
            _writer.Text(number);
            _writer.End();
        }
        else
        {
            _writer.Element("span", number, "note-number");
        }

        _writer.Text(" ");
    }

    private void Open(string element, string id, string? cssClass = null)
    {
        _writer.Start(element, cssClass);
        _writer.Attribute("id", id);
    }

    private void Inlines(string element, string id, IReadOnlyList<Inline> content)
    {
        Open(element, id);
        if (WritingDirection.IsRightToLeft(InlineText.Pieces(content)))
        {
            // A paragraph of Hebrew or Arabic runs right to left, as the booklet sets it.
            _writer.Attribute("dir", "rtl");
        }

        _breaks.Begin(id);
        _inlines.Write(content);
        _breaks.End();
        _writer.End();
    }

    private void WriteList(string element, string id, int? start, IReadOnlyList<ListItem> items, bool tight)
    {
        // A list holds only items: its marker goes just before it.
        _breaks.At(id);
        Open(element, id, tight ? "tight" : null);
        if (start is { } first && first != 1)
        {
            _writer.Attribute("start", first.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var item in items)
        {
            Open("li", item.Id);
            _breaks.At(item.Id);
            Write(item.Content);
            _writer.End();
        }

        _writer.End();
    }

    private void WriteCode(CodeBlock code)
    {
        Open("pre", code.Id);
        _breaks.Begin(code.Id);
        var language = LanguageClass(code.Language);
        _writer.Start("code", language is null ? null : "language-" + language);

        // Each source line in its own box, so that a line the column cannot hold wraps with the booklet's
        // return mark (drawn by the stylesheet) on every row but its last. The newlines stay in the text
        // between the boxes: copied or converted to plain text, the code is the code. An empty line has no
        // box: its newline alone makes it.
        var lines = code.Code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                _breaks.Text("\n");
            }

            if (lines[i].Length > 0)
            {
                _writer.Start("span", "line");
                _breaks.Text(lines[i]);
                _writer.End();
            }
        }

        _writer.End();
        _breaks.End();
        _writer.End();
    }

    /// <summary>The fence's info word as a class name: letters, digits, <c>+ - _ #</c> only.</summary>
    private static string? LanguageClass(string? language)
    {
        var word = new string((language ?? "").Trim().Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '_' or '#').ToArray());
        return word.Length == 0 ? null : word.ToLowerInvariant();
    }

    // One visible word, "Q:" / "A:", that reads the same where no stylesheet applies (Kindle's MOBI, plain
    // text); the spoken name travels in the abbreviation's title, which no text conversion prints.
    private void WriteExchange(QaExchange exchange)
    {
        Open("div", exchange.Id, "qa");
        _breaks.At(exchange.Id);
        WritePart(exchange.QuestionId, "question", _phrases.QuestionMark, _phrases.Question, exchange.Question);
        WritePart(exchange.AnswerId, "answer", _phrases.AnswerMark, _phrases.Answer, exchange.Answer);
        _writer.End();
    }

    private void WritePart(string nodeId, string cssClass, string label, string spoken, IReadOnlyList<Inline> content)
    {
        _writer.Start("p", cssClass);
        _breaks.Start(nodeId);
        _writer.Start("span", "qa-label");
        _writer.Start("abbr");
        _writer.Attribute("title", spoken);
        _writer.Text(label);
        _writer.End();
        _writer.Text(":");
        _writer.End();
        _writer.Text(" ");
        _breaks.Count(nodeId);
        _inlines.Write(content);
        _breaks.End();
        _writer.End();
    }

    private void WriteTable(Table table)
    {
        // A table holds only its parts: its marker goes just before it.
        _breaks.At(table.Id);
        Open("table", table.Id);
        _writer.Start("thead");
        WriteRow(table, table.Header, "th");
        _writer.End();
        if (table.Rows.Count > 0)
        {
            _writer.Start("tbody");
            foreach (var row in table.Rows)
            {
                WriteRow(table, row, "td");
            }

            _writer.End();
        }

        _writer.End();
    }

    private void WriteRow(Table table, TableRow row, string cell)
    {
        _writer.Start("tr");
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var alignment = i < table.Alignments.Count ? table.Alignments[i] : ColumnAlignment.Default;
            _writer.Start(cell, alignment == ColumnAlignment.Default ? null : "align-" + alignment.ToString().ToLowerInvariant());
            if (cell == "th")
            {
                _writer.Attribute("scope", "col");
            }

            _inlines.Write(row.Cells[i].Content);
            _writer.End();

            // Invisible in a table, but text conversions (calibre's TXT, MOBI) otherwise glue the cells together.
            _writer.Space();
        }

        _writer.End();
    }

    private void WriteFigure(Figure figure)
    {
        Open("figure", figure.Id, figure.Image is null ? "missing-picture" : null);
        _breaks.At(figure.Id);
        if (figure.Image is null)
        {
            // A picture that could not be had: a framed note saying so, with its description and address,
            // as the booklet draws it; the ebook never fetches anything from the web.
            _writer.Start("p");
            _writer.Text(figure.Alt.Length > 0 ? $"{_phrases.PictureUnavailable}: {figure.Alt}" : _phrases.PictureUnavailable);
            _writer.End();
            _writer.Start("p");
            _inlines.Write([new InlineCode(figure.Source, figure.Address)]);
            _writer.End();
        }
        else
        {
            _writer.Start("img");
            _writer.Attribute("src", "../" + _images.HrefOf(figure.Image));
            _writer.Attribute("alt", figure.Alt);
            _writer.End();
        }

        if (figure.Caption.Count > 0)
        {
            _writer.Start("figcaption");
            _inlines.Write(figure.Caption);
            _writer.End();
        }

        _writer.End();
    }
}
