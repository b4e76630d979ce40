using System.Text;
using Recap.Model.Phrases;

namespace Recap.Mail;

/// <summary>The plain-text body: paragraphs and lists wrapped at 72 columns, as mail is read in a terminal.</summary>
public static class PlainTextBody
{
    private const int Width = 72;

    public static string Render(MailText text)
    {
        var body = new StringBuilder();
        Paragraph(body, text.Phrases.Greeting);
        Paragraph(body, text.Thanks);
        if (text.Description is not null)
        {
            Paragraph(body, text.Description);
        }

        if (text.Attachments.Count > 0)
        {
            Paragraph(body, text.Enclosed);
            List(body, text.Attachments.Select(a => $"{a.FileName}: {a.Description}"));
        }

        if (text.Talks.Count > 0)
        {
            Paragraph(body, text.Phrases.TalksHeading);
            foreach (var talk in text.Talks)
            {
                Wrap(body, talk.Speakers.Length == 0 ? talk.Title : $"{talk.Title} — {talk.Speakers}", "- ", "  ");

                // A URL is never wrapped: a mail reader links it only whole.
                foreach (var link in talk.Links)
                {
                    body.Append($"    {link.Label(text.Phrases)}: {link.Url}\n");
                }
            }

            body.Append('\n');
        }

        body.Append(text.Phrases.Closing).Append('\n');
        if (text.Signature is not null)
        {
            body.Append(text.Signature).Append('\n');
        }

        return body.ToString();
    }

    private static void Paragraph(StringBuilder body, string paragraph)
    {
        Wrap(body, paragraph, "", "");
        body.Append('\n');
    }

    private static void List(StringBuilder body, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            Wrap(body, item, "- ", "  ");
        }

        body.Append('\n');
    }

    /// <summary>Fills words into lines of at most <see cref="Width"/> columns; a longer word gets a line of its own.</summary>
    private static void Wrap(StringBuilder body, string text, string firstIndent, string indent)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                body.Append(line).Append('\n');
                line.Clear().Append(indent);
                empty = true;
            }

            line.Append(empty ? "" : " ").Append(word);
            empty = false;
        }

        body.Append(line).Append('\n');
    }
}
