using Recap.Model;
using Recap.Testing;

namespace Recap.Epub.Tests;

public sealed class CoverTests
{
    [Fact]
    public void A_cover_given_by_the_content_is_used_as_it_is()
    {
        using var folder = new TempFolder();
        var publication = Fixtures.GivenCover(folder);
        var book = EpubBook.Write(publication);
        var path = book.PathOf("cover-image");

        Assert.Equal(File.ReadAllBytes(publication.Meta.Cover!.Path), book.Entry(path));
        var img = book.Xml("EPUB/cover.xhtml").Descendants(EpubBook.Xhtml + "img").Single();
        Assert.Equal("EPUB/" + (string?)img.Attribute("src"), path);
        Assert.Equal("Cover of A Book With Its Own Cover", (string?)img.Attribute("alt"));
    }

    [Fact]
    public void Without_a_given_cover_the_picture_the_caller_drew_is_the_cover_image()
    {
        var book = EpubBook.Write(Fixtures.Minimal());

        Assert.Equal(EpubBook.CoverPicture, book.Entry(book.PathOf("cover-image")));
        Assert.Equal("EPUB/images/cover.png", book.PathOf("cover-image"));
    }

    [Fact]
    public void Without_a_given_cover_or_a_drawn_one_the_writer_refuses()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            EpubWriter.Write(Fixtures.Minimal(), new EpubOptions(EpubBook.Theme, EpubBook.Modified), Stream.Null));

        Assert.StartsWith("the content names no cover and the options carry no cover picture", e.Message, StringComparison.Ordinal);
    }
}
