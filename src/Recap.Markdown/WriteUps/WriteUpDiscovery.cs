using Recap.Markdown.BookFile;
using Recap.Markdown.Yaml;
using Recap.Model;

namespace Recap.Markdown.WriteUps;

/// <summary>
/// Which files are write-ups, in which order: every <c>*.md</c> directly in the content folder in
/// ordinal file-name order (so <c>10-b.md</c> sorts before <c>9-a.md</c>: number files with leading
/// zeros), unless book.yml's <c>order</c> lists them, in which case exactly the listed ones.
/// Hidden files (<c>.name.md</c>, editors' lock files) are not write-ups.
/// </summary>
internal static class WriteUpDiscovery
{
    public static List<string> Find(ContentContext context, IReadOnlyList<OrderEntry>? order)
    {
        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(context.FullPath)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => name.EndsWith(".md", StringComparison.Ordinal) && !name.StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(SourceSpan.StartOf(context.ContentFolder), "unreadable-file", $"cannot list the content folder: {e.Message}");
            files = [];
        }

        return order is null ? files : Apply(context, order, files);
    }

    private static List<string> Apply(ContentContext context, IReadOnlyList<OrderEntry> order, List<string> files)
    {
        var diagnostics = context.Diagnostics;
        var known = files.ToHashSet(StringComparer.Ordinal);
        var listed = new List<string>();
        foreach (var entry in order)
        {
            var name = entry.FileName.Trim();
            name = name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;
            if (!known.Contains(name))
            {
                diagnostics.Error(entry.Source, "order-unknown-file", $"`order` names `{name}`, which is not a write-up in the content folder", KeySuggestion.Hint(name, files));
            }
            else if (listed.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Warning(entry.Source, "order-duplicate", $"`order` lists `{name}` twice: the second is ignored");
            }
            else
            {
                listed.Add(name);
            }
        }

        foreach (var file in files.Where(f => !listed.Contains(f, StringComparer.Ordinal)))
        {
            diagnostics.Warning(SourceSpan.StartOf(context.DisplayPath(file)), "not-in-order", $"`{file}` is not in book.yml's `order`: left out", "add it to `order` to publish it");
        }

        return listed;
    }
}
