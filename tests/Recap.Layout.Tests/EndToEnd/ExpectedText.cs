using System.Globalization;
using System.Text;
using Recap.Model;
using ModelInline = Recap.Model.Inline;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>
/// What the pages must show, from the model alone: the letters and digits of the running text in
/// reading order (openers, bodies, labels, footnote marks), those of the footnotes in order of
/// citation, every code block's text and every table cell's text. Spaces, punctuation and
/// hyphens are left out, so a word hyphenated across lines reads the same as the whole word.
/// </summary>
internal sealed class ExpectedText
{
    private readonly StringBuilder _body = new();
    private readonly StringBuilder _notes = new();

    private ExpectedText(Publication publication)
    {
        foreach (var writeUp in publication.WriteUps)
        {
            WriteUp(writeUp);
        }
    }

    public string Body => _body.ToString();

    public string Notes => _notes.ToString();

    public List<string> Code { get; } = [];

    public List<string> Cells { get; } = [];

    public static ExpectedText Of(Publication publication) => new(publication);

    /// <summary>The letters and digits of <paramref name="text"/>, compatibility-normalised (Arabic presentation forms become letters).</summary>
    public static string Letters(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKC).Where(char.IsLetterOrDigit));

    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private void WriteUp(WriteUp writeUp)
    {
        Add(writeUp.Meta.Title);
        foreach (var speaker in writeUp.Meta.Speakers)
        {
            Add(speaker.Name);
            Add(speaker.Handle ?? "");
            Add(speaker.Affiliation ?? "");
        }

        Add(writeUp.Meta.Summary ?? "");
        foreach (var block in writeUp.Body)
        {
            Block(block);
        }

        foreach (var note in writeUp.Footnotes)
        {
            _notes.Append(note.Number.ToString(CultureInfo.InvariantCulture));
            foreach (var paragraph in note.Content.OfType<Paragraph>())
            {
                _notes.Append(Letters(Plain(paragraph.Content)));
            }
        }
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case Heading heading: Add(heading.Content); break;
            case Paragraph paragraph: Add(paragraph.Content); break;
            case BulletList list: Items(list.Items, _ => ""); break;
            case OrderedList list: Items(list.Items, i => (list.Start + i).ToString(CultureInfo.InvariantCulture)); break;
            case BlockQuote quote: quote.Content.ToList().ForEach(Block); break;
            case CodeBlock code:
                Add(code.Code);
                Code.Add(code.Code);
                break;
            case QaExchange exchange:
                Add("Q");
                Add(exchange.Question);
                Add("A");
                Add(exchange.Answer);
                break;
            case Table table:
                foreach (var cell in table.Rows.Prepend(table.Header).SelectMany(r => r.Cells))
                {
                    Add(cell.Content);
                    Cells.Add(Plain(cell.Content));
                }

                break;
            case Figure figure: Add(figure.Caption); break;
            case ThematicBreak: break;
            default: throw new InvalidOperationException($"unknown block {block.GetType().Name}");
        }
    }

    private void Items(IReadOnlyList<ListItem> items, Func<int, string> label)
    {
        for (var i = 0; i < items.Count; i++)
        {
            Add(label(i));
            items[i].Content.ToList().ForEach(Block);
        }
    }

    private void Add(IReadOnlyList<ModelInline> content) => Add(Plain(content));

    private void Add(string text) => _body.Append(Letters(text));

    /// <summary>The text as set: like <see cref="InlineText.Plain"/>, but with footnote marks, which the pages show.</summary>
    private static string Plain(IEnumerable<ModelInline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline switch
            {
                Text t => t.Value,
                InlineCode code => code.Value,
                Emphasis e => Plain(e.Content),
                Strong s => Plain(s.Content),
                Link link => Plain(link.Content),
                Handle handle => handle.Name,
                LineBreak => " ",
                FootnoteReference reference => reference.Number.ToString(CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"unknown inline {inline.GetType().Name}"),
            });
        }

        return text.ToString();
    }
}
