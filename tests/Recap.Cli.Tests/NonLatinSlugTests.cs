using System.IO.Compression;
using System.Xml.Linq;
using Recap.Testing;
using static Recap.Cli.Tests.EpubEntries;

namespace Recap.Cli.Tests;

/// <summary>
/// Titles with no Latin letter (Japanese here) built through the command line: each write-up gets a
/// slug of its own letters, so two of them no longer collide as <c>untitled</c>; a title of symbols
/// alone takes its file's name. Read back from the output's file names, the EPUB's documents and ids.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class NonLatinSlugTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Japanese_titles_name_the_outputs_and_the_ebook_documents_with_their_own_letters()
    {
        _folder.Write("c/book.yml", "title: 東京ゴーファーズ\nlanguage: ja\n");
        _folder.Write("c/01-fast.md", "---\ntitle: 速いプログラム\nspeakers:\n  - name: 山田太郎\n---\n## 並行処理\n\n本文です。\n");
        _folder.Write("c/02-types.md", "---\ntitle: 型システム\n---\n本文。\n");
        _folder.Write("c/03-rocket.md", "---\ntitle: \"\u2014 \u2605 \u2014\"\n---\nRocket.\n");
        var output = Path.Combine(_folder.Path, "out");
        var run = CliRun.Of("build", Path.Combine(_folder.Path, "c"), "-o", output, "--no-system-fonts");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("duplicate-slug", run.Error, StringComparison.Ordinal);
        Assert.Equal(["東京ゴーファーズ.epub", "東京ゴーファーズ.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var epub = Path.Combine(output, "東京ゴーファーズ.epub");
        using (var archive = ZipFile.OpenRead(epub))
        {
            var texts = archive.Entries.Select(e => e.FullName).Where(n => n.StartsWith("EPUB/text/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(["EPUB/text/03-rocket.xhtml", "EPUB/text/speakers--list.xhtml", "EPUB/text/型システム.xhtml", "EPUB/text/速いプログラム.xhtml"], texts);

            // The heading's id is its own letters under the write-up's, never an invented "untitled".
            var talk = XDocument.Load(archive.GetEntry("EPUB/text/速いプログラム.xhtml")!.Open());
            Assert.Contains(talk.Descendants(Xhtml + "h2"), h => (string?)h.Attribute("id") == "速いプログラム-並行処理");
            Assert.DoesNotContain("untitled", talk.ToString(), StringComparison.Ordinal);
        }

        EpubCheckAssert.Clean(epub);
    }

    public void Dispose() => _folder.Dispose();
}
