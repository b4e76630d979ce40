using System.Text;
using Recap.Model.Phrases;

namespace Recap.Mail;

/// <summary>The HTML body: the same words as the plain text, as paragraphs and lists, every text escaped.</summary>
public static class HtmlBody
{
    public static string Render(MailText text, string language)
    {
        var body = new StringBuilder();
        body.Append($"<!DOCTYPE html>\n<html lang=\"{Escape(language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        body.Append($"<title>{Escape(text.Subject)}</title>\n</head>\n<body>\n");
        Paragraph(body, text.Phrases.Greeting);
        Paragraph(body, text.Thanks);
        if (text.Description is not null)
        {
            Paragraph(body, text.Description);
        }

        if (text.Attachments.Count > 0)
        {
            Paragraph(body, text.Enclosed);
            body.Append("<ul>\n");
            foreach (var attachment in text.Attachments)
            {
                body.Append($"<li><strong>{Escape(attachment.FileName)}</strong>: {Escape(attachment.Description)}</li>\n");
            }

            body.Append("</ul>\n");
        }

        if (text.Talks.Count > 0)
        {
            Paragraph(body, text.Phrases.TalksHeading);
            body.Append("<ul>\n");
            foreach (var talk in text.Talks)
            {
                var speakers = talk.Speakers.Length == 0 ? "" : " — " + Escape(talk.Speakers);
                body.Append($"<li><strong>{Escape(talk.Title)}</strong>{speakers}");
                if (talk.Links.Count > 0)
                {
                    body.Append("\n<ul>\n");
                    foreach (var link in talk.Links)
                    {
                        body.Append($"<li>{Escape(link.Label(text.Phrases))}: <a href=\"{Escape(link.Url)}\">{Escape(link.ShortText)}</a></li>\n");
                    }

                    body.Append("</ul>\n");
                }

                body.Append("</li>\n");
            }

            body.Append("</ul>\n");
        }

        var signature = text.Signature is null ? "" : "<br>\n" + Escape(text.Signature);
        body.Append($"<p>{Escape(text.Phrases.Closing)}{signature}</p>\n</body>\n</html>\n");
        return body.ToString();
    }

    private static void Paragraph(StringBuilder body, string text) => body.Append($"<p>{Escape(text)}</p>\n");

    /// <summary>Escapes the five characters HTML gives meaning to; everything else travels as UTF-8.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(entity);
            }
        }

        return escaped.ToString();
    }
}
