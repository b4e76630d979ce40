using Recap.Model.Phrases;

namespace Recap.Model.Tests;

public sealed class WordsTests
{
    private static readonly EventInfo GopherFest = new("GopherFest", "Bently Reserve", "San Francisco", null);

    [Fact]
    public void The_event_line_gives_what_the_content_gives_in_one_order()
    {
        Assert.Equal("GopherFest, Bently Reserve, San Francisco", Words.EventLine(Meta(GopherFest, null), PhraseSet.English));
        Assert.Equal("GopherFest, Bently Reserve, San Francisco, 6 August 2016", Words.EventLine(Meta(GopherFest, new DateOnly(2016, 8, 6)), PhraseSet.English));
        Assert.Equal("San Francisco, 6 August 2016", Words.EventLine(Meta(new EventInfo(" ", null, " San Francisco ", null), new DateOnly(2016, 8, 6)), PhraseSet.English));
        Assert.Equal("", Words.EventLine(Meta(null, null), PhraseSet.English));
    }

    [Fact]
    public void The_place_is_the_venue_and_city()
    {
        Assert.Equal("Bently Reserve, San Francisco", Words.Place(GopherFest));
        Assert.Equal("", Words.Place(null));
    }

    [Fact]
    public void Names_join_with_and_in_sentences_and_with_an_ampersand_in_bylines()
    {
        Assert.Equal("", Words.NameList([]));
        Assert.Equal("Ada", Words.NameList(["Ada"]));
        Assert.Equal("Ada and Grace", Words.NameList(["Ada", "Grace"]));
        Assert.Equal("Ada, Grace and Edsger", Words.NameList(["Ada", "Grace", "Edsger"]));
        Assert.Equal("Ada, Grace & Edsger", Words.BylineList(["Ada", "Grace", "Edsger"]));
    }

    private static BookMeta Meta(EventInfo? info, DateOnly? date) =>
        new("T", null, "en", date, info, [], null, null, [], "urn:x", null, null, BookMeta.DefaultHandleUrl, new SourceSpan("book.yml", 1, 1));
}
