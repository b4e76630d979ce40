using System.Text;
using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>
/// Snapshots of the ebook's intermediate and final text (Snapshots/*.txt): the every-kind
/// fixture's model, and the XHTML of a chapter of it and of the GopherFest-like recap, so a
/// change to the writer shows line by line in review.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void The_every_kind_fixture_is_the_model_of_the_snapshot()
    {
        using var folder = new TempFolder();

        Snapshot.Match("every-kind.model", ModelDump.Of(Fixtures.EveryKind(folder), [(folder.Path, "<fixture>")]));
    }

    [Theory]
    [InlineData("every-kind", "the-talk")]
    [InlineData("gopherfest", "built-for-snappiness")]
    public void A_chapter_is_the_xhtml_of_the_snapshot(string fixture, string chapter)
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.ByName(fixture, folder));
        var path = Assert.Single(book.ContentDocuments, d => d.EndsWith("/" + chapter + ".xhtml", StringComparison.Ordinal));

        Snapshot.Match($"{fixture}.{chapter}.xhtml", Encoding.UTF8.GetString(book.Entry(path)));
    }
}
