using Recap.Model;
using Recap.Testing;
using SkiaSharp;

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
    public void Without_a_given_cover_one_is_drawn_at_1600_by_2400_the_same_every_time()
    {
        var first = EpubBook.Write(Fixtures.GopherFest());
        var again = EpubBook.Write(Fixtures.GopherFest());
        var cover = first.Entry(first.PathOf("cover-image"));

        using var bitmap = SKBitmap.Decode(cover);
        Assert.Equal((1600, 2400), (bitmap.Width, bitmap.Height));
        Assert.Equal(cover, again.Entry(again.PathOf("cover-image")));
        Assert.True(cover.Length < 3_000_000);

        // The IHDR's colour type (byte 25): 2 is RGB without alpha, which a cover never needs.
        Assert.Equal(2, cover[25]);
    }

    [Fact]
    public void The_drawn_cover_shows_the_book_title()
    {
        var gopherFest = EpubBook.Write(Fixtures.GopherFest());
        var minimal = EpubBook.Write(Fixtures.Minimal());
        using var a = SKBitmap.Decode(gopherFest.Entry(gopherFest.PathOf("cover-image")));
        using var b = SKBitmap.Decode(minimal.Entry(minimal.PathOf("cover-image")));

        // Title pixels are white on the blue field; different titles light different pixels.
        var whiteA = CountWhite(a);
        Assert.True(whiteA > 10_000);
        Assert.NotEqual(whiteA, CountWhite(b));
    }

    private static int CountWhite(SKBitmap bitmap)
    {
        var count = 0;
        for (var y = 0; y < 1400; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                count += bitmap.GetPixel(x, y) == SKColors.White ? 1 : 0;
            }
        }

        return count;
    }
}
