using System.IO.Compression;
using Recap.Testing;

namespace Recap.Epub.Tests;

[Trait(Tier.Key, Tier.Full)]
public sealed class EpubCheckTests
{
    public static TheoryData<string> FixtureNames => [.. Fixtures.Names];

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Every_fixture_passes_epubcheck_with_nothing_to_say(string name)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name + ".epub", EpubBook.WriteBytes(Fixtures.ByName(name, folder)));
        EpubCheckAssert.Clean(path);
    }

    [Fact]
    public void The_shared_checker_reports_a_broken_book_and_then_checks_the_next_one_afresh()
    {
        using var folder = new TempFolder();
        var bytes = EpubBook.WriteBytes(Fixtures.Minimal());
        // The package document's root element renamed: every reading system refuses this book.
        var broken = EpubWithPackage(bytes, xml => xml.Replace("<package ", "<pakage ", StringComparison.Ordinal).Replace("</package>", "</pakage>", StringComparison.Ordinal));

        var report = ExternalTool.EpubCheck(folder.Write("broken.epub", broken));

        Assert.NotEqual(0, report.ExitCode);
        Assert.Contains("ERROR", report.All, StringComparison.Ordinal);
        EpubCheckAssert.Clean(folder.Write("minimal.epub", bytes));
    }

    private static byte[] EpubWithPackage(byte[] epub, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(epub);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("EPUB/content.opf")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("EPUB/content.opf").Open());
            writer.Write(edit(xml));
        }

        return stream.ToArray();
    }
}
