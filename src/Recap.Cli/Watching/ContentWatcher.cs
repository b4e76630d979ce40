using System.Threading.Channels;

namespace Recap.Cli.Watching;

/// <summary>
/// Watches a content folder (write-ups, book.yml, images, every subfolder) and hands out changes
/// in bursts: an editor's save is several events (a temporary file, a rename, a write), so a burst
/// ends only once the folder has been quiet for <c>quietPeriod</c>. Scratch files of editors and
/// the output folder (when it lies inside the content folder) are not changes.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly string _root;
    private readonly string? _ignored;
    private readonly TimeSpan _quietPeriod;
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <param name="ignoredFolder">A folder whose changes are ours, not the author's: the build's output.</param>
    public ContentWatcher(string contentFolder, string? ignoredFolder, TimeSpan quietPeriod)
    {
        _root = Path.GetFullPath(contentFolder);
        _ignored = ignoredFolder is null ? null : Path.GetRelativePath(_root, Path.GetFullPath(ignoredFolder));
        _quietPeriod = quietPeriod;
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => Post(e.FullPath);
        _watcher.Created += (_, e) => Post(e.FullPath);
        _watcher.Deleted += (_, e) => Post(e.FullPath);
        // Editors and tools save by renaming a temporary file over the real one: name the real one. Only
        // a file renamed into scratch (or out of the folder's view) is a change under its old name.
        _watcher.Renamed += (_, e) =>
        {
            if (!Post(e.FullPath))
            {
                Post(e.OldFullPath);
            }
        };
        // Events were lost (the kernel's queue overflowed): something changed, so rebuild.
        _watcher.Error += (_, _) => _changes.Writer.TryWrite(".");
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Waits for the next burst of changes.</summary>
    /// <returns>The changed paths, relative to the content folder, in ordinal order.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<IReadOnlyList<string>> NextChangesAsync(CancellationToken cancellationToken)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(_quietPeriod);
            try
            {
                changed.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return [.. changed];
            }
        }
    }

    public void Dispose() => _watcher.Dispose();

    /// <returns>Whether the path counts as a change.</returns>
    private bool Post(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath);
        return !EditorFiles.IsScratch(relative) && !IsIgnored(relative) && _changes.Writer.TryWrite(relative);
    }

    private bool IsIgnored(string relative) =>
        _ignored is not null && (relative == _ignored || relative.StartsWith(_ignored + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
