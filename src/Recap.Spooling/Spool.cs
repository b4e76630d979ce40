namespace Recap.Spooling;

/// <summary>
/// Bytes kept in the order written, to be read back once, in order: in memory while they are few,
/// then in a temporary file, so that what a writer sets aside until the end of a long document (the
/// PDF's deflated streams, the ebook's pages, the ebook itself until it is staged) does not stay in
/// the process's memory. A stream to write to, so a writer can be handed one; it cannot seek.
/// </summary>
public sealed class Spool : Stream
{
    // Pieces under the large object heap's threshold: they are reused by nothing, but never copied as a whole grows.
    private const int ChunkSize = 64 * 1024;

    private readonly int _inMemory;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private FileStream? _file;
    private long _length;

    /// <param name="inMemory">How many bytes stay in memory before all of them go to a file (rounded up to 64 KB).</param>
    public Spool(int inMemory)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inMemory);
        _inMemory = (inMemory + ChunkSize - 1) / ChunkSize;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> bytes)
    {
        _length += bytes.Length;
        if (_file is not null)
        {
            _file.Write(bytes);
            return;
        }

        while (bytes.Length > 0)
        {
            if (_used == ChunkSize)
            {
                if (_chunks.Count == _inMemory)
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
        _file = new FileStream(UnlinkedFile.Open(), FileAccess.ReadWrite, ChunkSize);
        foreach (var chunk in _chunks)
        {
            _file.Write(chunk);
        }

        _chunks.Clear();
    }

    // Bytes are where they will be read from as soon as written: in memory, or handed to the file, which reads back what it buffers.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file?.Dispose();
        }

        base.Dispose(disposing);
    }
}
