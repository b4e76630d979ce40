using Microsoft.Win32.SafeHandles;

namespace Recap.Spooling;

/// <summary>
/// Pieces of bytes set aside to be read back by position, any number of times: the first, up to a limit,
/// stay with their owners in memory (<see cref="Keeps"/>), the rest go to an <see cref="UnlinkedFile"/>.
/// The layout's stores of set lines use it: a short book's all stay in memory; a long one's wait on disk,
/// not in the process, until their pages are composed. Safe to use from several threads.
/// </summary>
/// <param name="inMemory">How many bytes stay in memory (the first pieces asked about keep theirs) before pieces go to the file.</param>
public sealed class SpillFile(long inMemory) : IDisposable
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

    /// <summary>Whether a piece of <paramref name="count"/> bytes stays in memory with its owner, within the limit.</summary>
    public bool Keeps(int count)
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
    public long Write(ReadOnlySpan<byte> bytes)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_length < 0, this);
            _file ??= UnlinkedFile.Open();
            var offset = _length;
            RandomAccess.Write(_file, bytes, offset);
            _length += bytes.Length;
            return offset;
        }
    }

    /// <summary>Fills <paramref name="destination"/> with the bytes written at <paramref name="offset"/>.</summary>
    public void Read(long offset, Span<byte> destination)
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
}
