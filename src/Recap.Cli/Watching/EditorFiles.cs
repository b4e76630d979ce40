namespace Recap.Cli.Watching;

/// <summary>
/// Files editors write beside the one being edited (swap, backup, lock and autosave files) and
/// hidden files (version control, recap's own temporary outputs): saving them is not a change.
/// </summary>
public static class EditorFiles
{
    private static readonly string[] Suffixes = ["~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".crswap", ".kate-swp", "___jb_tmp___", "___jb_old___"];

    /// <param name="relativePath">A path inside the content folder.</param>
    public static bool IsScratch(string relativePath)
    {
        foreach (var part in relativePath.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            // .git/, .#lock (Emacs), .name.swp (Vim), #autosave# (Emacs).
            if (part.StartsWith('.') && part is not ("." or "..") || part.StartsWith('#'))
            {
                return true;
            }
        }

        var name = Path.GetFileName(relativePath);
        // Vim writes "4913" to test that it may create files in the folder.
        return name == "4913" || Suffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }
}
