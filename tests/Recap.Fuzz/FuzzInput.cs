using System.Text;

namespace Recap.Fuzz;

/// <summary>
/// One fuzzer input as a content folder: the bytes up to the first <c>\n===\n</c> are book.yml,
/// the rest are write-ups separated by further <c>\n===\n</c> lines. Without a separator the whole
/// input is one write-up under a plain book.yml, so any bytes make a folder.
/// </summary>
internal static class FuzzInput
{
    private static readonly byte[] Separator = "\n===\n"u8.ToArray();

    public static void WriteFolder(byte[] input, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var parts = Split(input);
        var (book, writeUps) = parts.Count == 1 ? ("title: Fuzz\n"u8.ToArray(), parts) : (parts[0], parts[1..]);
        File.WriteAllBytes(Path.Combine(folder, "book.yml"), book);
        for (var i = 0; i < writeUps.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"{i + 1:00}-part.md"), writeUps[i]);
        }
    }

    private static List<byte[]> Split(byte[] input)
    {
        var parts = new List<byte[]>();
        var rest = input.AsSpan();
        while (rest.IndexOf(Separator) is var at and >= 0 && parts.Count < 20)
        {
            parts.Add(rest[..at].ToArray());
            rest = rest[(at + Separator.Length)..];
        }

        parts.Add(rest.ToArray());
        return parts;
    }

    /// <summary>The seed corpus: the repository's own write-ups, each alone and with its book.yml.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Seeds(string contentFolder)
    {
        var book = File.ReadAllBytes(Path.Combine(contentFolder, "book.yml"));
        foreach (var file in Directory.EnumerateFiles(contentFolder, "*.md").Order(StringComparer.Ordinal))
        {
            var writeUp = File.ReadAllBytes(file);
            yield return (Path.GetFileNameWithoutExtension(file), writeUp);
            yield return (Path.GetFileNameWithoutExtension(file) + "-with-book", [.. book, .. Separator, .. writeUp]);
        }

        yield return ("hostile", Encoding.UTF8.GetBytes("---\ntitle: *a\n---\n> - **[x](y)** [^a]\n\n[^a]: [^a]\n"));
    }
}
