using MimeKit;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Cli.Tests;

[Trait(Tier.Key, Tier.Full)]
public sealed class MailCommandTests(GopherFestMail mail) : IClassFixture<GopherFestMail>
{
    private static readonly Dictionary<string, string> FixedDate = new() { ["SOURCE_DATE_EPOCH"] = "1467331200" };

    private MimeMessage Load() => MimeMessage.Load(mail.File(".eml"));

    [Fact]
    public void The_mail_is_written_beside_the_built_files_and_its_size_printed()
    {
        Assert.Equal(0, mail.First.ExitCode);
        Assert.Equal("", mail.First.Error);
        var lines = mail.First.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("0 errors, 0 warnings", lines[3]);
        Assert.StartsWith(mail.File(".pdf") + "  ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(mail.File(".epub") + "  ", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(mail.File(".eml")) + @"  \d+\.\d KB  \d+ ms$", lines[2]);
    }

    [Fact]
    public void The_draft_holds_both_bodies_then_the_booklet_and_the_ebook()
    {
        var message = Load();

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        var attachments = mixed.Skip(1).Cast<MimePart>().ToList();
        Assert.Equal(["application/pdf", "application/epub+zip"], attachments.Select(p => p.ContentType.MimeType));
        Assert.Equal(["gopherfest-summer-2016-recap.pdf", "gopherfest-summer-2016-recap.epub"], attachments.Select(p => p.FileName));
        Assert.All(attachments, p => Assert.True(p.IsAttachment));
    }

    [Fact]
    public void The_attachments_are_byte_identical_to_the_built_files()
    {
        var decoded = Load().Attachments.Cast<MimePart>().Select(part =>
        {
            using var stream = new MemoryStream();
            Assert.IsType<MimeContent>(part.Content).DecodeTo(stream);
            return stream.ToArray();
        });

        Assert.Equal([File.ReadAllBytes(mail.File(".pdf")), File.ReadAllBytes(mail.File(".epub"))], decoded);
    }

    [Fact]
    public void Both_bodies_list_every_talk_and_every_speaker_of_the_content()
    {
        var publication = ContentReader.Read(RepoPaths.Content, new DiagnosticBag())!;
        var message = Load();
        var talks = publication.WriteUps.Where(w => w.Meta.Kind == WriteUpKind.Talk).ToList();
        Assert.Equal(7, talks.Count);

        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.NotNull(body);
            var position = 0;
            foreach (var talk in talks)
            {
                position = body.IndexOf(talk.Meta.Title, position, StringComparison.Ordinal);
                Assert.True(position >= 0, $"not listed in order: {talk.Meta.Title}");
                foreach (var speaker in talk.Meta.Speakers)
                {
                    Assert.Contains(speaker.Name, body, StringComparison.Ordinal);
                }
            }

            Assert.Contains("Thank you for coming to GopherFest", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_draft_is_unsent_addressed_as_asked_and_dated_from_source_date_epoch()
    {
        var message = Load();

        Assert.Equal("1", message.Headers["X-Unsent"]);
        Assert.Equal("GopherFest Summer 2016 Recap", message.Subject);
        Assert.Equal(["attendees@example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["ada@example.org"], message.From.Mailboxes.Select(m => m.Address));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1467331200), message.Date);
    }

    [Fact]
    public void Two_runs_write_byte_identical_mail()
    {
        Assert.Equal(0, mail.Second.ExitCode);
        Assert.Equal(File.ReadAllBytes(mail.File(".eml")), File.ReadAllBytes(mail.SecondFile(".eml")));
    }

    [Fact]
    public void A_mail_over_the_limit_is_written_with_a_warning()
    {
        using var folder = SampleContent.Valid();
        var run = CliRun.Of(FixedDate, "mail", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder), "--limit", "2KB");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^recap: warning: .*sample-recap\.eml is \d+\.\d KB, over the 2\.0 KB limit", run.Error);
        Assert.True(File.Exists(Path.Combine(SampleContent.OutOf(folder), "sample-recap.eml")));
    }

    [Fact]
    public void Under_the_limit_only_the_summary_is_printed()
    {
        using var folder = SampleContent.Valid();
        var run = CliRun.Of(FixedDate, "mail", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder), "--limit", "2.5MB");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("sample-recap.eml", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--to", "ada")]
    [InlineData("--from", "ada@")]
    [InlineData("--limit", "ten megabytes")]
    public void A_bad_address_or_size_is_a_usage_error_and_nothing_is_built(string option, string value)
    {
        using var folder = SampleContent.Valid();
        var run = CliRun.Of("mail", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"recap: error: {option}: '{value}'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(SampleContent.OutOf(folder)));
    }

    [Fact]
    public void Content_errors_stop_the_mail_and_write_nothing()
    {
        using var folder = SampleContent.Valid();
        folder.Write("content/book.yml", "subtitle: no title any more\n");

        var run = CliRun.Of("mail", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder));

        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(SampleContent.OutOf(folder)));
    }
}
