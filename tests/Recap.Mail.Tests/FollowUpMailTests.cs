using MimeKit;

namespace Recap.Mail.Tests;

public sealed class FollowUpMailTests
{
    private static MimeMessage Compose(MailOptions? options = null) =>
        FollowUpMail.Compose(SamplePublication.Create(), SamplePublication.Attachments(), options ?? new MailOptions(SamplePublication.Date));

    private static MimeMessage RoundTrip(MimeMessage message)
    {
        using var stream = new MemoryStream();
        MailWriter.Write(message, stream);
        stream.Position = 0;
        return MimeMessage.Load(stream);
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        MailWriter.Write(message, stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_draft_is_mixed_with_the_two_bodies_first_then_the_files()
    {
        var message = RoundTrip(Compose());

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        Assert.Equal(3, mixed.Count);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.All(alternative, p => Assert.Equal("utf-8", p.ContentType.Charset));
        var attachments = mixed.Skip(1).Cast<MimePart>().ToList();
        Assert.Equal(["application/pdf", "application/epub+zip"], attachments.Select(p => p.ContentType.MimeType));
        Assert.Equal(["engines-day-recap.pdf", "engines-day-recap.epub"], attachments.Select(p => p.FileName));
        Assert.All(attachments, p => Assert.True(p.IsAttachment));
    }

    [Fact]
    public void The_attachments_decode_to_the_bytes_given()
    {
        var message = RoundTrip(Compose());

        var decoded = message.Attachments.Cast<MimePart>().Select(part =>
        {
            using var stream = new MemoryStream();
            Assert.IsType<MimeContent>(part.Content).DecodeTo(stream);
            return stream.ToArray();
        });

        Assert.Equal(SamplePublication.Attachments().Select(a => a.Content), decoded);
    }

    [Fact]
    public void The_draft_is_marked_unsent_dated_and_leaves_unknown_addresses_out()
    {
        var message = RoundTrip(Compose());

        Assert.Equal("1", message.Headers[FollowUpMail.UnsentHeader]);
        Assert.Equal(SamplePublication.Date, message.Date);
        Assert.Equal("Engines Day Recap", message.Subject);
        Assert.Empty(message.To);
        Assert.Empty(message.From);
        var headers = System.Text.Encoding.ASCII.GetString(Bytes(Compose())).Split("\r\n\r\n")[0];
        Assert.DoesNotContain("From:", headers);
        Assert.DoesNotContain("To:", headers);
        Assert.EndsWith("@" + FollowUpMail.DefaultDomain, message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void Addresses_given_fill_the_headers_and_the_sender_names_the_message_id_domain()
    {
        Assert.True(MailAddresses.TryParse("Ada Lovelace <ada@example.org>, bob@example.com", out var to, out _));
        Assert.True(MailAddresses.TryParse("charles@engines.example.net", out var from, out _));

        var message = RoundTrip(Compose(new MailOptions(SamplePublication.Date, to, from)));

        Assert.Equal(["ada@example.org", "bob@example.com"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Ada Lovelace", message.To.Mailboxes.First().Name);
        Assert.Equal(["charles@engines.example.net"], message.From.Mailboxes.Select(m => m.Address));
        Assert.EndsWith("@engines.example.net", message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_compositions_are_byte_identical_and_use_crlf()
    {
        var first = Bytes(Compose());
        var second = Bytes(Compose());

        Assert.Equal(first, second);
        var text = System.Text.Encoding.ASCII.GetString(first);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Boundaries_and_message_id_follow_the_content()
    {
        var first = FollowUpMail.Compose(SamplePublication.Create(), SamplePublication.Attachments(1), new MailOptions(SamplePublication.Date));
        var second = FollowUpMail.Compose(SamplePublication.Create(), SamplePublication.Attachments(2), new MailOptions(SamplePublication.Date));

        var firstBoundary = Assert.IsType<Multipart>(first.Body).Boundary;
        Assert.NotEqual(firstBoundary, Assert.IsType<Multipart>(second.Body).Boundary);
        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.StartsWith("=_", firstBoundary, StringComparison.Ordinal);
    }
}
