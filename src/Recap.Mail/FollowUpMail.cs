using System.Globalization;
using MimeKit;
using MimeKit.Text;
using Recap.Model;

namespace Recap.Mail;

/// <summary>
/// Composes the follow-up mail as a draft: a subject from the title, a plain-text and an HTML body
/// that thank attendees and list the talks, and the recap's files attached.
/// </summary>
public static class FollowUpMail
{
    /// <summary>
    /// Marks the message as never sent: Outlook (and Outlook Express and Windows Mail before it) opens
    /// such an .eml in a compose window, ready to edit and send, instead of as received mail.
    /// </summary>
    public const string UnsentHeader = "X-Unsent";

    /// <summary>The Message-Id's domain when no sender is given (RFC 2606 reserves <c>.invalid</c>).</summary>
    public const string DefaultDomain = "recap.invalid";

    /// <summary>
    /// The message is multipart/mixed: first a multipart/alternative of the plain text and the HTML
    /// (simplest first, as RFC 2046 asks), then each attachment in the order given.
    /// </summary>
    public static MimeMessage Compose(Publication publication, IReadOnlyList<MailAttachment> attachments, MailOptions options)
    {
        var text = MailText.From(publication, attachments);
        var plain = PlainTextBody.Render(text);
        var html = HtmlBody.Render(text, publication.Meta.Language);
        var ids = DraftIds.Of(
            [text.Subject, plain, html, options.Date.ToString("O", CultureInfo.InvariantCulture),
             .. options.To.Select(a => a.ToString()), .. options.From.Select(a => a.ToString())],
            attachments);

        var alternative = new MultipartAlternative { Boundary = ids.Boundary("alternative") };
        alternative.Add(TextPart(TextFormat.Plain, plain));
        alternative.Add(TextPart(TextFormat.Html, html));
        var mixed = new Multipart("mixed") { Boundary = ids.Boundary("mixed") };
        mixed.Add(alternative);
        foreach (var attachment in attachments)
        {
            mixed.Add(Attachment(attachment));
        }

        var message = new MimeMessage(options.From, options.To, text.Subject, mixed)
        {
            Date = options.Date,
            MessageId = ids.MessageId(options.From.Count > 0 ? options.From[0].Domain : DefaultDomain),
        };
        message.Headers.Add(UnsentHeader, "1");

        // MimeKit writes "From:" with nothing after it for an empty list, which RFC 5322 forbids; without
        // the header the mail client fills in its own account.
        foreach (var (header, addresses) in new[] { (HeaderId.From, options.From), (HeaderId.To, options.To) })
        {
            if (addresses.Count == 0)
            {
                message.Headers.RemoveAll(header);
            }
        }

        return message;
    }

    private static TextPart TextPart(TextFormat format, string text)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText("utf-8", text);
        return part;
    }

    private static MimePart Attachment(MailAttachment attachment)
    {
        var part = new MimePart(ContentType.Parse(attachment.MediaType))
        {
            Content = new MimeContent(new MemoryStream(attachment.Content, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
        };

        // Sets both Content-Disposition's filename and Content-Type's name, which older clients read.
        part.FileName = attachment.FileName;
        return part;
    }
}
