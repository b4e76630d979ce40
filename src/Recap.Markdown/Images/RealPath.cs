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
    public static string? Resolve(string fullPath) => Resolve(fullPath, null);

    /// <summary>
    /// As <see cref="Resolve(string)"/>, for a path that may lie inside a folder whose real path is already
    /// known: only the parts below the folder are looked at (a book's files all lie in its content folder,
    /// and every part above it costs system calls for each file).
    /// </summary>
    public static string? Resolve(string fullPath, (string Folder, string Real)? known)
    {
        var links = 0;
        try
        {
            var full = Path.GetFullPath(fullPath);
            var prefix = known is { } folder ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder.Folder)) + Path.DirectorySeparatorChar : null;
            return prefix is not null && full.StartsWith(prefix, StringComparison.Ordinal)
                ? Resolve(known!.Value.Real, full[prefix.Length..], ref links)
                : Resolve(full, ref links);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a folder on the way cannot be inspected: treat the file as unreachable
        }
    }

    private static string? Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        return Resolve(root, fullPath[root.Length..], ref links);
    }

    /// <summary>The real path of <paramref name="relative"/> below <paramref name="current"/>, a real path.</summary>
    private static string? Resolve(string current, string relative, ref int links)
    {
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
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
