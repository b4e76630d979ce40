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
    public async Task The_writer_writes_every_other_entry_before_it_waits_for_the_drawn_cover()
    {
        var publication = Fixtures.Minimal();
        var expected = EpubBook.Write(publication);
        Assert.Equal(expected.PathOf("cover-image"), expected.EntryNames[^1]);
        var drawn = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var output = new WatchedStream(System.Text.Encoding.UTF8.GetBytes(expected.EntryNames[^2]));

        var writing = Task.Run(() => EpubWriter.Write(publication, new EpubOptions(EpubBook.Theme, EpubBook.Modified, CoverPicture: drawn.Task), output));

        // The entry before the cover reaches the output while the cover is still being drawn.
        Assert.True(output.Seen.Wait(TimeSpan.FromSeconds(30)), "the writer waited for the cover before writing the other entries");
        Assert.False(writing.IsCompleted);
        drawn.SetResult(EpubBook.CoverPicture);
        await writing;
        Assert.Equal(expected.Bytes, output.ToArray());
    }

    [Fact]
    public void Without_a_given_cover_or_a_drawn_one_the_writer_refuses()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            EpubWriter.Write(Fixtures.Minimal(), new EpubOptions(EpubBook.Theme, EpubBook.Modified), Stream.Null));

        Assert.StartsWith("the content names no cover and the options carry no cover picture", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A book's output that says when it has received a given run of bytes (an entry's name in its local header).</summary>
    private sealed class WatchedStream(byte[] awaited) : MemoryStream
    {
        public ManualResetEventSlim Seen { get; } = new();

        // A MemoryStream subclass gets span writes through this overload too.
        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            if (GetBuffer().AsSpan(0, (int)Length).IndexOf(awaited) >= 0)
            {
                Seen.Set();
            }
        }

        protected override void Dispose(bool disposing)
        {
            Seen.Dispose();
            base.Dispose(disposing);
        }
    }
}
