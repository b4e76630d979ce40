using System.IO.Compression;
using System.Xml.Linq;

namespace Recap.Cli.Tests;

/// <summary>Reads entries of a written EPUB back.</summary>
public static class EpubEntries
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>EPUB's own attributes in XHTML (<c>epub:type</c>).</summary>
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    /// <summary>The text of the first entry whose name ends with <paramref name="suffix"/>.</summary>
    public static string Read(string epubPath, string suffix)
    {
        using var archive = ZipFile.OpenRead(epubPath);
        var entry = archive.Entries.First(e => e.FullName.EndsWith(suffix, StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<string> Names(string epubPath)
    {
        using var archive = ZipFile.OpenRead(epubPath);
        return archive.Entries.Select(e => e.FullName).ToList();
    }
}
