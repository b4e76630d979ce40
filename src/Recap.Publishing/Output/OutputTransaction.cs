using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Recap.Publishing.Output;

/// <summary>
/// Every output of one run as a single change to the output folder. Each file (or folder) is first
/// written completely under a temporary name beside its final one and flushed to disk; only when
/// all of them are written does <see cref="Commit"/> move them into place, back to back. Until then
/// a failure, Ctrl+C or SIGTERM leaves every earlier output as it was and removes the temporary
/// files; a run killed outright leaves them behind, and the next run in that folder removes them.
/// Temporary names carry the process id, so a second recap writing to the same folder at the same
/// time never has its files swept away.
/// </summary>
public sealed partial class OutputTransaction : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<Staged> _staged = [];
    private bool _committed;

    public OutputTransaction(string folder)
    {
        Folder = folder;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(folder, Reason(e), e);
        }

        SweepStale(folder);
        InterruptCleanup.Register(this);
    }

    public string Folder { get; }

    /// <summary>Writes one file under a temporary name and flushes it; thread-safe.</summary>
    /// <param name="made">Time spent making the file's content before it is staged (written ahead, in memory).</param>
    /// <returns>The summary line: final path, size, time taken.</returns>
    public string StageFile(string path, Action<Stream> write, TimeSpan made = default)
    {
        var clock = Stopwatch.StartNew();
        var temporary = TemporaryName(path, "tmp");
        Add(new Staged(path, temporary, IsFolder: false));
        try
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(path, Reason(e), e);
        }

        return $"{path}  {ByteSize.Format(new FileInfo(temporary).Length)}  {(long)(made + clock.Elapsed).TotalMilliseconds} ms";
    }

    /// <summary>Fills a folder under a temporary name; on commit it replaces the earlier folder whole.</summary>
    public void StageFolder(string path, Action<string> fill)
    {
        var temporary = TemporaryName(path, "tmp");
        Add(new Staged(path, temporary, IsFolder: true));
        try
        {
            Directory.CreateDirectory(temporary);
            fill(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(path, Reason(e), e);
        }
    }

    /// <summary>Where a staged output's bytes are until the commit (recap mail attaches the files it just built).</summary>
    public string StagedPath(string path)
    {
        lock (_lock)
        {
            return _staged.Single(s => s.Path == path).Temporary;
        }
    }

    /// <summary>Moves every staged output into place, back to back.</summary>
    public void Commit()
    {
        List<Staged> staged;
        lock (_lock)
        {
            staged = [.. _staged];
        }

        // Everything that can be known to fail is checked before the first rename, so a commit does all or nothing.
        foreach (var output in staged)
        {
            if (output.IsFolder ? File.Exists(output.Path) : Directory.Exists(output.Path))
            {
                throw new OutputException(output.Path, output.IsFolder ? "a file of that name is in the way" : "a folder of that name is in the way");
            }
        }

        foreach (var output in staged)
        {
            try
            {
                Replace(output);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputException(output.Path, Reason(e), e);
            }
        }

        lock (_lock)
        {
            _committed = true;
        }
    }

    /// <summary>Removes what was staged and not committed.</summary>
    public void Dispose()
    {
        InterruptCleanup.Unregister(this);
        RemoveTemporaries();
    }

    /// <summary>Deletes the temporary files; called on dispose and from the interrupt handler.</summary>
    internal void RemoveTemporaries()
    {
        List<Staged> staged;
        lock (_lock)
        {
            staged = _committed ? [] : [.. _staged];
        }

        foreach (var output in staged)
        {
            Delete(output.Temporary);
        }
    }

    private void Add(Staged staged)
    {
        lock (_lock)
        {
            if (_staged.Exists(s => s.Path == staged.Path))
            {
                throw new InvalidOperationException($"{staged.Path} is written twice in one run");
            }

            _staged.Add(staged);
        }
    }

    private static void Replace(Staged output)
    {
        if (!output.IsFolder)
        {
            File.Move(output.Temporary, output.Path, overwrite: true);
            return;
        }

        // Two renames: the folder is missing for an instant, never half written.
        var previous = TemporaryName(output.Path, "old");
        if (Directory.Exists(output.Path))
        {
            Directory.Move(output.Path, previous);
        }

        Directory.Move(output.Temporary, output.Path);
        Delete(previous);
    }

    /// <summary><c>.name.PID.GUID.tmp</c>: hidden, beside its final name (same file system, so the move is a rename).</summary>
    private static string TemporaryName(string path, string kind)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.{kind}"));
    }

    /// <summary>Removes temporaries an earlier run left when it was killed: those whose process is gone.</summary>
    private static void SweepStale(string folder)
    {
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder, ".*"))
            {
                if (TemporaryPattern().Match(Path.GetFileName(entry)) is { Success: true } match
                    && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var pid)
                    && !IsRunning(pid))
                {
                    Delete(entry);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Sweeping is tidying: a folder that cannot be listed fails on the first write instead, with its reason.
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's sweep.
        }
    }

    /// <summary>The reason alone: .NET's messages repeat the temporary path, which means nothing to the user.</summary>
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException { HResult: 28 or unchecked((int)0x80070070) } => "no space left on device",
        IOException { HResult: 30 } => "read-only file system",
        _ => e.Message,
    };

    [GeneratedRegex(@"^\..+\.(\d+)\.[0-9a-f]{32}\.(tmp|old)$")]
    private static partial Regex TemporaryPattern();

    private sealed record Staged(string Path, string Temporary, bool IsFolder);
}
