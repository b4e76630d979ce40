namespace Recap.Pdf.Objects;

/// <summary>
/// Bytes kept in the order written, to be read back once, in order: in memory while they are few,
/// then in a temporary file, so a long document's deflated streams do not stay in the process's memory
/// while the objects that precede them in the file are still being written.
/// </summary>
internal sealed class Spool : IDisposable
{
    // Pieces under the large object heap's threshold: they are reused by nothing, but never copied as a whole grows.
    private const int ChunkSize = 64 * 1024;

    // 8 MB in memory: no file to make for GopherFest or 200 talks (3 MB of streams); 2,000 talks spill.
    private const int InMemory = 128;

    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private FileStream? _file;

    public long Length { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Length += bytes.Length;
        if (_file is not null)
        {
            _file.Write(bytes);
            return;
        }

        while (bytes.Length > 0)
        {
            if (_used == ChunkSize)
            {
                if (_chunks.Count == InMemory)
                {
                    SpillToFile();
                    _file!.Write(bytes);
                    return;
                }

                _chunks.Add(new byte[ChunkSize]);
                _used = 0;
            }

            var count = Math.Min(bytes.Length, ChunkSize - _used);
            bytes[..count].CopyTo(_chunks[^1].AsSpan(_used));
            _used += count;
            bytes = bytes[count..];
        }
    }

    /// <summary>Hands every byte written, in order, to <paramref name="sink"/>, in pieces; the spool is read once.</summary>
    public void ReadAll(Action<ReadOnlySpan<byte>> sink)
    {
        if (_file is not null)
        {
            _file.Position = 0;
            var buffer = new byte[ChunkSize];
            int read;
            while ((read = _file.Read(buffer)) > 0)
            {
                sink(buffer.AsSpan(0, read));
            }

            return;
        }

        for (var i = 0; i < _chunks.Count; i++)
        {
            sink(_chunks[i].AsSpan(0, i == _chunks.Count - 1 ? _used : ChunkSize));
        }
    }

    private void SpillToFile()
    {
        // Removed from the folder at once where the system allows it (the open handle keeps the data), so
        // that not even a process killed outright leaves it behind; elsewhere it goes when closed.
        var path = Path.Combine(Path.GetTempPath(), "recap-" + Path.GetRandomFileName());
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ChunkSize, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        foreach (var chunk in _chunks)
        {
            _file.Write(chunk);
        }

        _chunks.Clear();
    }

    public void Dispose() => _file?.Dispose();
}
