namespace Recap.Markdown.Tests;

public sealed class ContentModifiedTests
{
    [Fact]
    public void Content_modified_is_the_newest_file_the_publication_uses()
    {
        using var content = new ContentFixture();
        var book = content.Path("book.yml");
        var writeUp = content.WriteUp("01-a.md", "A", "![x](a.png)\n");
        var image = content.Write("a.png", ContentFixture.Png(2, 2));
        var unused = content.Write("unused.png", ContentFixture.Png(2, 2));
        var baseTime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(book, baseTime);
        File.SetLastWriteTimeUtc(writeUp, baseTime.AddDays(1));
        File.SetLastWriteTimeUtc(image, baseTime.AddDays(2));
        File.SetLastWriteTimeUtc(unused, baseTime.AddDays(30));

        Assert.Equal(new DateTimeOffset(baseTime.AddDays(2)), content.ReadValid().ContentModified);

        File.SetLastWriteTimeUtc(book, baseTime.AddDays(3));
        Assert.Equal(new DateTimeOffset(baseTime.AddDays(3)), content.ReadValid().ContentModified);
    }

    [Fact]
    public void Content_folder_is_absolute()
    {
        using var content = new ContentFixture();

        Assert.Equal(Path.GetFullPath(content.Folder), content.ReadValid().ContentFolder);
    }
}
