namespace Recap.Markdown.Images;

/// <summary>
/// The path a file really lives at, with every symbolic link along the way followed (the
/// <c>realpath</c> of POSIX), so that a link inside the content folder that points outside it is
/// caught before the file is read.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40; // POSIX's SYMLOOP_MAX order of magnitude: deeper means a loop.

    /// <summary>Null when some part of the path does not exist, cannot be inspected, or the links loop.</summary>
    public static string? Resolve(string fullPath)
    {
        var links = 0;
        try
        {
            return Resolve(Path.GetFullPath(fullPath), ref links);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a folder on the way cannot be inspected: treat the file as unreachable
        }
    }

    private static string? Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                var resolved = Resolve(Path.GetFullPath(target, current), ref links);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }
            else if (!info.Exists)
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}
