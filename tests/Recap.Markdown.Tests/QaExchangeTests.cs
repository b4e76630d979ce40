using Recap.Model;

namespace Recap.Markdown.Tests;

public sealed class QaExchangeTests
{
    [Fact]
    public void Q_paragraph_followed_by_A_paragraph_is_one_exchange_without_labels()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "Intro.\n\nQ: Have you *missed* a broadcast?\n\nA: It is bound to happen -- eventually.\n\nAfter.\n");

        var writeUp = Assert.Single(content.ReadValid().WriteUps);

        content.NoDiagnostics();
        Assert.Equal(["Paragraph", "QaExchange", "Paragraph"], writeUp.Body.Select(b => b.GetType().Name));
        var qa = Assert.IsType<QaExchange>(writeUp.Body[1]);
        Assert.Equal("talk-b2", qa.Id);
        Assert.Equal(content.Span("01-talk.md", 6, 1), qa.Source);
        Assert.Equal("Have you missed a broadcast?", InlineText.Plain(qa.Question));
        Assert.IsType<Emphasis>(qa.Question[1]);
        Assert.Equal(content.Span("01-talk.md", 6, 4), qa.Question[0].Source);
        Assert.Equal("It is bound to happen \u2013 eventually.", InlineText.Plain(qa.Answer));
    }

    [Fact]
    public void Bold_labels_count_too()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "**Q:** Why?\n\n**A:** Because.\n");

        var qa = Assert.IsType<QaExchange>(Assert.Single(Assert.Single(content.ReadValid().WriteUps).Body));
        Assert.Equal(("Why?", "Because."), (InlineText.Plain(qa.Question), InlineText.Plain(qa.Answer)));
    }

    [Fact]
    public void Q_alone_stays_a_paragraph()
    {
        using var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", "Q: Anyone?\n\nNo answer came.\n\nA: Late answer.\n");

        var body = Assert.Single(content.ReadValid().WriteUps).Body;
        Assert.All(body, b => Assert.IsType<Paragraph>(b));
        Assert.Equal("Q: Anyone?", InlineText.Plain(((Paragraph)body[0]).Content));
    }
}
