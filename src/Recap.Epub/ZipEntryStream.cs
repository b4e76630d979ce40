using System.IO.Compression;
using System.IO.Hashing;

namespace Recap.Epub;

/// <summary>
/// One zip entry being written: its bytes go through the checksum and the count, then the deflater
/// (or straight into <paramref name="data"/> when stored); disposing ends the deflate stream and hands
/// over the checksum and size. A flush reaches the deflater, as it does in a <see cref="ZipArchive"/>'s entry.
/// </summary>
internal sealed class ZipEntryStream(Stream data, DeflateStream? deflate, Action<uint, long> written) : Stream
{
    private readonly Crc32 _crc = new();
    private long _size;
    private bool _disposed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _crc.Append(buffer);
        _size += buffer.Length;
        (deflate ?? data).Write(buffer);
    }

    public override void Flush() => deflate?.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            deflate?.Dispose();
            written(_crc.GetCurrentHashAsUInt32(), _size);
        }

        base.Dispose(disposing);
    }
}
