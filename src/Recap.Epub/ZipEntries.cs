using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Recap.Spooling;

namespace Recap.Epub;

/// <summary>
/// Zip entries written one after another to a sink, each as its local header then its data, with what
/// the central directory needs of each. An entry is deflated into memory before its header is written,
/// so the header carries its sizes and checksum and the sink only ever receives bytes at its end: it can
/// be a stream that cannot seek, or a spool set aside to be copied into the archive later (a local
/// record says nothing of where it stands).
/// </summary>
/// <remarks>
/// The fields are those .NET's <see cref="ZipArchive"/> writes on Unix (UTF-8 names, version 2.0, a
/// regular file readable by all, the deflate level's flag), and each entry is deflated by the same
/// <see cref="DeflateStream"/>, written and flushed as the entry's writer does: the bytes are those a
/// <see cref="ZipArchive"/> writes, on every system. An entry given whole is deflated on the thread pool, a few
/// at a time beside the caller, and written in the order given: zlib's best level is most of an ebook's time.
/// </remarks>
internal sealed class ZipEntries(Action<ReadOnlySpan<byte>> sink, DateTime timestamp)
{
    private const ushort Version = 20;
    private const ushort Utf8Names = 0x800;
    private const ushort MaximumCompression = 0x2;
    private const ushort Stored = 0;
    private const ushort Deflated = 8;

    private readonly (ushort Time, ushort Date) _dosTime = DosTime(timestamp);
    private readonly List<Record> _records = [];
    private readonly MemoryStream _data = new();
    private readonly byte[] _header = new byte[46];

    // Entries given whole, deflating or deflated, not yet written: at most Window, so that memory holds a few.
    private readonly Queue<(string Path, Task<DeflatedEntry> Data)> _deflating = new();
    private static readonly int Window = 2 * Environment.ProcessorCount;

    // Bytes sent so far: where the next entry's local header stands.
    private long _length;

    /// <summary>
    /// Opens the next entry for writing, deflated at zlib's best level unless <paramref name="store"/>;
    /// it is written when the stream is disposed, which must come before the next entry is opened.
    /// </summary>
    public Stream Open(string path, bool store = false)
    {
        WriteDeflated();
        _data.SetLength(0);
        return new ZipEntryStream(_data, store ? null : Deflater(_data), (crc, size) => Write(path, crc, size, store));
    }

    /// <summary>Adds an entry of these bytes (copied: the caller may reuse its buffer), deflated at zlib's best level.</summary>
    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        var input = bytes.ToArray();
        _deflating.Enqueue((path, Task.Run(() => DeflatedEntry.Of(input))));
        while (_deflating.Count > Window || (_deflating.Count > 0 && _deflating.Peek().Data.IsCompleted))
        {
            WriteNextDeflated();
        }
    }

    /// <summary>Copies in the entries another instance wrote (with the same timestamp) into <paramref name="bytes"/>.</summary>
    public void Append(ZipEntries written, Spool bytes)
    {
        WriteDeflated();
        written.WriteDeflated();
        var start = _length;
        bytes.ReadAll(Send);
        _records.AddRange(written._records.Select(record => record with { Offset = start + record.Offset }));
    }

    /// <summary>Writes the central directory and its end record: the archive is complete.</summary>
    public void Finish()
    {
        WriteDeflated();
        var start = _length;
        foreach (var record in _records)
        {
            var header = _header.AsSpan(0, 46);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            // Made by Unix (3), zip 2.0; external attributes: a regular file, rw-r--r--.
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], (3 << 8) | Version);
            WriteCommon(header[6..], record);
            BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(header[34..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(header[36..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(header[38..], 0x81A4u << 16);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], checked((uint)record.Offset));
            Send(header);
            Send(record.Name);
        }

        var end = _header.AsSpan(0, 22);
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)_records.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)_records.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)(_length - start)));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], checked((uint)start));
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        Send(end);
    }

    private void Write(string path, uint crc, long size, bool store) => Write(path, crc, size, store, _data.GetBuffer().AsSpan(0, (int)_data.Length));

    private void Write(string path, uint crc, long size, bool store, ReadOnlySpan<byte> data)
    {
        // An empty entry is stored with no data, as .NET does (the level's flag stays): not as an empty deflate stream.
        var record = new Record(Encoding.UTF8.GetBytes(path), crc, checked((uint)(size > 0 ? data.Length : 0)), checked((uint)size), Deflated: !store && size > 0, Level: !store, _length);
        var header = _header.AsSpan(0, 30);
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        WriteCommon(header[4..], record);
        _records.Add(record);
        Send(header);
        Send(record.Name);
        Send(data[..(int)record.CompressedSize]);
    }

    /// <summary>Writes every entry given whole, waiting for those still deflating: what comes next follows them.</summary>
    private void WriteDeflated()
    {
        while (_deflating.Count > 0)
        {
            WriteNextDeflated();
        }
    }

    private void WriteNextDeflated()
    {
        var (path, data) = _deflating.Dequeue();
        var deflated = data.GetAwaiter().GetResult();
        Write(path, deflated.Crc, deflated.Size, store: false, deflated.Bytes);
    }

    // The fields the local and central headers share, from "version needed" to the extra field's length.
    private void WriteCommon(Span<byte> header, Record record)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(header, Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], (ushort)(record.Level ? Utf8Names | MaximumCompression : Utf8Names));
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], record.Deflated ? Deflated : Stored);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], _dosTime.Time);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], _dosTime.Date);
        BinaryPrimitives.WriteUInt32LittleEndian(header[10..], record.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], record.CompressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], record.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], checked((ushort)record.Name.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0);
    }

    private void Send(ReadOnlySpan<byte> bytes)
    {
        sink(bytes);
        _length += bytes.Length;
    }

    // MS-DOS time: two-second steps from 1980; the caller keeps the timestamp within its years.
    private static (ushort Time, ushort Date) DosTime(DateTime t) =>
        ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));

    // Every entry but mimetype is deflated at zlib's best level: the ebook is mailed to every attendee.
    private static DeflateStream Deflater(Stream into) => new(into, CompressionLevel.SmallestSize, leaveOpen: true);

    /// <summary>An entry's bytes deflated as <see cref="Open"/>'s stream deflates them when written at once.</summary>
    private sealed record DeflatedEntry(byte[] Bytes, uint Crc, long Size)
    {
        public static DeflatedEntry Of(byte[] input)
        {
            var output = new MemoryStream();
            using (var deflate = Deflater(output))
            {
                deflate.Write(input);
            }

            return new DeflatedEntry(output.ToArray(), Crc32.HashToUInt32(input), input.Length);
        }
    }

    /// <param name="Level">Whether the entry was opened to be deflated (its flags say at which level).</param>
    private sealed record Record(byte[] Name, uint Crc, uint CompressedSize, uint Size, bool Deflated, bool Level, long Offset);
}
