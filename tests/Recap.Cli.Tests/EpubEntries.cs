using System.IO.Compression;

namespace Recap.Cli.Tests;

/// <summary>Reads entries of a written EPUB back.</summary>
public static class EpubEntries
{
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
