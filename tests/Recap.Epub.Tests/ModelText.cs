using System.Text;
using Recap.Model;

namespace Recap.Epub.Tests;

/// <summary>All the words a reader should find for a write-up: title, byline, summary, body and notes.</summary>
internal static class ModelText
{
    public static string Of(WriteUp writeUp)
    {
        var text = new StringBuilder();
        text.AppendLine(writeUp.Meta.Title);
        foreach (var speaker in writeUp.Meta.Speakers)
        {
            text.AppendLine($"{speaker.Name} {speaker.Affiliation} {speaker.Handle}");
        }

        text.AppendLine(writeUp.Meta.Summary);
        Append(text, writeUp.Body);
        foreach (var note in writeUp.Footnotes)
        {
            Append(text, note.Content);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            text.AppendLine(block switch
            {
                Heading heading => InlineText.Plain(heading.Content),
                Paragraph paragraph => InlineText.Plain(paragraph.Content),
                CodeBlock code => code.Code,
                QaExchange qa => InlineText.Plain(qa.Question) + " " + InlineText.Plain(qa.Answer),
                Table table => string.Join(" ", table.Rows.Prepend(table.Header).SelectMany(r => r.Cells).Select(c => InlineText.Plain(c.Content))),
                Figure figure => InlineText.Plain(figure.Caption),
                _ => "",
            });
            var nested = block switch
            {
                BlockQuote quote => quote.Content,
                BulletList list => [.. list.Items.SelectMany(i => i.Content)],
                OrderedList list => [.. list.Items.SelectMany(i => i.Content)],
                _ => (IReadOnlyList<Block>)[],
            };
            Append(text, nested);
        }
    }
}
