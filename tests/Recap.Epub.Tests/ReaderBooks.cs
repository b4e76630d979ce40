using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>The two books the reading-system and calibre tests open: the real GopherFest recap, read from content/ as the command line reads it, and the reflow fixture.</summary>
public sealed class ReaderBooks : IDisposable
{
    private readonly TempFolder _folder = new();

    public ReaderBooks()
    {
        var gopherfest = ContentReader.Read(RepoPaths.Content, new DiagnosticBag()) ?? throw new InvalidOperationException("content/ did not read");
        GopherFest = _folder.Write("gopherfest.epub", EpubBook.WriteBytes(gopherfest));
        Reflow = _folder.Write("reflow.epub", EpubBook.WriteBytes(Fixtures.Reflow(_folder)));
    }

    public string GopherFest { get; }

    public string Reflow { get; }

    public string Folder => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
