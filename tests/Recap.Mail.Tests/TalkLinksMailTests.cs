using MimeKit;
using Recap.Model;
using Recap.Model.Talks;

namespace Recap.Mail.Tests;

/// <summary>Each talk's links listed under it, whole URLs, in both bodies.</summary>
public sealed class TalkLinksMailTests
{
    private static readonly SourceSpan Here = SourceSpan.StartOf("talk.md");

    private static MimeMessage Compose()
    {
        var talk = SamplePublication.WriteUp("Weaving Algebra", WriteUpKind.Talk, SamplePublication.Speaker("Ada Lovelace", null));
        talk = talk with
        {
            Meta = talk.Meta with
            {
                Links = [new TalkLink("video", "https://example.org/v/42", Here), new TalkLink("demo", "https://example.org/d?a=1&b=<2>", Here)],
            },
        };
        var publication = SamplePublication.Create(writeUps: [talk, SamplePublication.WriteUp("Punched Cards", WriteUpKind.Talk)]);
        return FollowUpMail.Compose(publication, SamplePublication.Attachments(), new MailOptions(SamplePublication.Date));
    }

    [Fact]
    public void The_plain_text_lists_each_link_under_its_talk_unwrapped()
    {
        var text = Assert.IsType<string>(Compose().TextBody);
        Assert.Contains(
            """
            - Weaving Algebra — Ada Lovelace
                Video: https://example.org/v/42
                demo: https://example.org/d?a=1&b=<2>
            - Punched Cards

            """,
            text.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_links_each_url_under_its_talk_escaped()
    {
        var html = Assert.IsType<string>(Compose().HtmlBody);
        Assert.Contains("<li><strong>Weaving Algebra</strong> — Ada Lovelace\n<ul>\n<li>Video: <a href=\"https://example.org/v/42\">example.org/v/42</a></li>\n", html, StringComparison.Ordinal);
        Assert.Contains("<li>demo: <a href=\"https://example.org/d?a=1&amp;b=&lt;2&gt;\">example.org/d?a=1&amp;b=&lt;2&gt;</a></li>\n</ul>\n</li>\n<li><strong>Punched Cards</strong></li>", html, StringComparison.Ordinal);
    }
}
