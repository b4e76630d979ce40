using Microsoft.Win32.SafeHandles;

namespace Recap.Frames;

/// <summary>
/// Where frozen <see cref="FrameStore"/>s keep their bytes once those kept in memory reach a limit: a
/// temporary file, removed from its folder as soon as it is made (the open handle keeps the data, so not
/// even a process killed outright leaves it behind), read back where each store's bytes begin when the store
/// is read. A short book's stores all stay in memory; a long one's lines wait on disk, not in the process,
/// until their pages are composed. Safe to use from several threads.
/// </summary>
/// <param name="inMemory">How many bytes of stores stay in memory (the first frozen keep theirs) before stores go to the file.</param>
public sealed class FrameSpill(long inMemory) : IDisposable
{
    private readonly Lock _lock = new();
    private long _kept;
    private SafeFileHandle? _file;
    private long _length;

    /// <summary>How many bytes went to the file.</summary>
    public long Spilled
    {
        get
        {
            lock (_lock)
            {
                return _length;
            }
        }
    }

    /// <summary>Whether a store of <paramref name="count"/> bytes keeps them in memory, within the limit.</summary>
    internal bool Keeps(int count)
    {
        lock (_lock)
        {
            if (_kept + count > inMemory)
            {
                return false;
            }

            _kept += count;
            return true;
        }
    }

    /// <summary>Appends the bytes to the file; returns where they begin.</summary>
    internal long Write(ReadOnlySpan<byte> bytes)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_length < 0, this);
            _file ??= Open();
            var offset = _length;
            RandomAccess.Write(_file, bytes, offset);
            _length += bytes.Length;
            return offset;
        }
    }

    /// <summary>Fills <paramref name="destination"/> with the bytes written at <paramref name="offset"/>.</summary>
    internal void Read(long offset, Span<byte> destination)
    {
        var file = _file ?? throw new InvalidOperationException("nothing was written to the spill");
        while (!destination.IsEmpty)
        {
            var read = RandomAccess.Read(file, destination, offset);
            if (read == 0)
            {
                throw new EndOfStreamException("the spill ends before the bytes read from it");
            }

            destination = destination[read..];
            offset += read;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _file?.Dispose();
            _length = -1;
        }
    }

    private static SafeFileHandle Open()
    {
        var path = Path.Combine(Path.GetTempPath(), "recap-" + Path.GetRandomFileName());
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        return file;
    }
}
