using MimeKit;
using Recap.Model;

namespace Recap.Mail.Tests;

public sealed class MailBodyTests
{
    private static MimeMessage Compose(Publication publication) =>
        FollowUpMail.Compose(publication, SamplePublication.Attachments(), new MailOptions(SamplePublication.Date));

    private static string Plain(Publication publication) => Assert.IsType<string>(Compose(publication).TextBody);

    private static string Html(Publication publication) => Assert.IsType<string>(Compose(publication).HtmlBody);

    [Fact]
    public void The_plain_text_thanks_attendees_and_lists_every_talk_with_its_speakers()
    {
        Assert.Equal(
            """
            Hello,

            Thank you for coming to Engines Day at The Old Mill, London, on 1 July
            2016.

            A day of engines & looms.

            Attached is Engines Day Recap, the write-up of the talks:

            - engines-day-recap.pdf: the booklet (PDF), to print or read on screen
            - engines-day-recap.epub: the ebook (EPUB), for e-readers

            The talks:

            - Weaving Algebra — Ada Lovelace (Analytical Society)
            - Two Engines, One Talk — Mary Somerville & John Herschel (Royal
              Society) & Grace Hopper
            - Punched Cards <Now> & Then

            Best regards,
            Charles Babbage

            """.ReplaceLineEndings("\n"),
            Plain(SamplePublication.Create()));
    }

    [Fact]
    public void Forewords_are_not_listed_as_talks()
    {
        var publication = SamplePublication.Create();

        Assert.DoesNotContain("Welcome", Plain(publication));
        Assert.DoesNotContain("Welcome", Html(publication));
    }

    [Fact]
    public void Plain_text_lines_stay_within_72_columns()
    {
        var plain = Plain(SamplePublication.Create());

        Assert.All(plain.Split('\n'), line => Assert.True(line.Length <= 72, $"{line.Length}: {line}"));
    }

    [Fact]
    public void The_html_body_lists_the_same_talks_with_every_text_escaped()
    {
        var html = Html(SamplePublication.Create());

        Assert.Contains("<li><strong>Weaving Algebra</strong> — Ada Lovelace (Analytical Society)</li>", html);
        Assert.Contains("<li><strong>Punched Cards &lt;Now&gt; &amp; Then</strong></li>", html);
        Assert.Contains("<p>A day of engines &amp; looms.</p>", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.DoesNotContain("<Now>", html);
    }

    [Fact]
    public void The_subject_says_recap_once()
    {
        Assert.Equal("Engines Day Recap", Compose(SamplePublication.Create()).Subject);
        Assert.Equal("Engines Day 2016 — the recap", Compose(SamplePublication.Create(title: "Engines Day 2016")).Subject);
    }

    [Fact]
    public void Without_an_event_name_the_thanks_names_no_event()
    {
        var publication = SamplePublication.Create(eventInfo: new EventInfo(null, "The Old Mill", null, null));

        Assert.Contains("Thank you for coming!", Plain(publication));
    }

    [Fact]
    public void Without_editors_the_mail_closes_unsigned()
    {
        var plain = Plain(SamplePublication.Create(editors: []));

        Assert.EndsWith("\n\nBest regards,\n", plain, StringComparison.Ordinal);
    }
}
