namespace Recap.Publishing.Output;

/// <summary>
/// Fills a folder under a temporary name beside it, then swaps it into place, so a failed build
/// leaves the earlier folder whole and a shorter build leaves none of the longer one's files.
/// </summary>
public static class AtomicFolder
{
    public static void Write(string path, Action<string> fill)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var temporary = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.tmp");
        var previous = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.old");
        try
        {
            Directory.CreateDirectory(temporary);
            fill(temporary);

            // Two renames: the folder is missing for an instant, never half written.
            if (Directory.Exists(full))
            {
                Directory.Move(full, previous);
            }

            Directory.Move(temporary, full);
        }
        finally
        {
            // Present only when filling or moving failed, or as the replaced folder.
            DeleteIfPresent(temporary);
            DeleteIfPresent(previous);
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
