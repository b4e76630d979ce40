using CsCheck;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Markdown.Tests;

/// <summary>
/// For all inputs, the reader answers with a publication or diagnostics and never throws. A short,
/// bounded run is part of every test run; CsCheck_Iter=… or CsCheck_Time=… (seconds) runs longer,
/// and CsCheck_Seed=… replays a failure.
/// </summary>
public sealed class ReaderProperties
{
    [Fact]
    public void The_reader_never_throws_on_any_markdown()
    {
        using var content = new ContentFixture();
        HostileContent.WriteUp().Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var file = $"01-{Guid.NewGuid():N}.md";
            content.Write(file, text);
            try
            {
                ContentReader.Read(content.Folder, diagnostics);
            }
            finally
            {
                File.Delete(content.Path(file));
            }
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void The_reader_never_throws_on_any_bytes()
    {
        using var content = new ContentFixture();
        Gen.Select(HostileContent.Bytes(), HostileContent.Bytes()).Sample((writeUp, book) =>
        {
            content.Write("book.yml", book);
            content.Write("01-talk.md", writeUp);
            var diagnostics = new DiagnosticBag();
            var publication = ContentReader.Read(content.Folder, diagnostics);
            Assert.True(publication is not null || diagnostics.HasErrors);
        }, iter: 200, threads: 1);
    }
}
