using System.IO.Compression;
using System.Text;
using CsCheck;
using Recap.Spooling;

namespace Recap.Epub.Tests;

public sealed class ArchiveTests
{
    [Fact]
    public void Mimetype_is_the_first_entry_stored_with_exact_bytes()
    {
        var bytes = EpubBook.WriteBytes(Fixtures.GopherFest());

        // Local file header: signature, then method at 8, name length at 26, extra length at 28, name at 30.
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8));
        Assert.Equal(8, BitConverter.ToUInt16(bytes, 26));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28));
        Assert.Equal("mimetype", Encoding.ASCII.GetString(bytes, 30, 8));
        Assert.Equal("application/epub+zip", Encoding.ASCII.GetString(bytes, 38, 20));
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(bytes, 58, 4));
    }

    [Fact]
    public void Every_entry_but_mimetype_is_deflated_at_the_best_level()
    {
        using var zip = new ZipArchive(new MemoryStream(EpubBook.WriteBytes(Fixtures.GopherFest())));
        var (written, best, optimal) = (0L, 0L, 0L);

        foreach (var entry in zip.Entries.Skip(1))
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            Assert.True(entry.CompressedLength < entry.Length, entry.FullName);
            written += entry.CompressedLength;
            best += Deflated(content.ToArray(), CompressionLevel.SmallestSize);
            optimal += Deflated(content.ToArray(), CompressionLevel.Optimal);
        }

        // Entries written in pieces deflate a few bytes larger than in one go.
        Assert.InRange(written, best - (best / 100), best + (best / 100));
        Assert.True(written < optimal, $"{written} bytes written, {optimal} at the default level");
    }

    private static long Deflated(byte[] content, CompressionLevel level)
    {
        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, level, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return deflated.Length;
    }

    [Fact]
    public void Entries_come_in_a_fixed_order_all_with_the_modified_time()
    {
        var book = new EpubBook(EpubBook.WriteBytes(Fixtures.GopherFest()));

        Assert.Equal(["mimetype", "META-INF/container.xml", "META-INF/com.apple.ibooks.display-options.xml", "EPUB/content.opf"], book.EntryNames.Take(4));
        Assert.All(book.EntryTimes, time =>
        {
            // Zip times have two-second steps and no zone.
            Assert.Equal(EpubBook.Modified.UtcDateTime.Date, time.DateTime.Date);
            Assert.Equal(EpubBook.Modified.UtcDateTime.TimeOfDay.TotalSeconds, time.DateTime.TimeOfDay.TotalSeconds, 1.0);
        });
    }

    [Theory]
    [InlineData("every-kind")]
    [InlineData("gopherfest")]
    public void Two_writes_of_the_same_book_are_byte_identical(string name)
    {
        using var folder = new Recap.Testing.TempFolder();
        var publication = Fixtures.ByName(name, folder);

        Assert.Equal(EpubBook.WriteBytes(publication), EpubBook.WriteBytes(publication));
    }

    [Fact]
    public void Another_modified_time_gives_other_bytes()
    {
        var publication = Fixtures.Minimal();

        Assert.NotEqual(EpubBook.WriteBytes(publication), EpubBook.WriteBytes(publication, EpubBook.Modified.AddDays(1)));
    }

    [Fact]
    public void A_modified_time_before_zip_time_begins_still_writes_that_date_in_the_package()
    {
        var book = new EpubBook(EpubBook.WriteBytes(Fixtures.Minimal(), DateTimeOffset.UnixEpoch));

        Assert.Equal(["1970-01-01T00:00:00Z"], book.MetaValues("dcterms:modified"));
        Assert.All(book.EntryTimes, time => Assert.Equal(1980, time.Year));
    }

    // An entry: a file's name (a name ending in / is a folder's), and its content as pieces each written
    // then, when flagged, flushed (as an XmlWriter flushes); or, when whole, as one unflushed piece given at
    // once (Add: deflated beside the writer, as a rendered document is).
    private static readonly Gen<(string Name, (byte[] Bytes, bool Flush)[] Pieces, bool Whole)> Entry = Gen.Select(
        Gen.String[Gen.Char["abcz/._-é日"], 0, 30].Select(name => name + "x"),
        Gen.Select(Gen.OneOf(Gen.Byte.Array[0, 3000], Gen.String[Gen.Char["<p>the talk é\n"], 0, 20_000].Select(Encoding.UTF8.GetBytes)), Gen.Bool).Array[0, 4],
        Gen.Bool)
        .Select((name, pieces, whole) => (name, whole ? [([.. pieces.SelectMany(piece => piece.Item1)], false)] : pieces, whole));

    [Fact]
    public void Entries_written_directly_or_set_aside_and_appended_are_the_bytes_ZipArchive_writes()
    {
        var time = Gen.Select(Gen.Int[1980, 2107], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 86_399])
            .Select((y, m, d, s) => new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero).AddSeconds(s));
        Gen.Select(Entry.Array[0, 6], Entry.Array[0, 6], Entry.Array[0, 3], time, Gen.Int[0, 20_000]).Sample((before, ahead, after, modified, inMemory) =>
        {
            var names = new HashSet<string>();
            bool Unique((string Name, (byte[], bool)[], bool) entry) => names.Add(entry.Name);
            (before, ahead, after) = ([.. before.Where(Unique)], [.. ahead.Where(Unique)], [.. after.Where(Unique)]);

            using var written = new MemoryStream();
            var archive = new EpubArchive(written, modified);
            using var spool = new Spool(inMemory);
            var setAside = archive.Ahead(spool);
            static void Put(Func<string, Stream> open, Action<string, byte[]> add, (string Name, (byte[] Bytes, bool Flush)[] Pieces, bool Whole) entry)
            {
                if (entry.Whole)
                {
                    add(entry.Name, entry.Pieces[0].Bytes);
                    return;
                }

                using var stream = open(entry.Name);
                WritePieces(stream, entry.Pieces);
            }

            foreach (var entry in ahead)
            {
                Put(path => setAside.Open(path), (path, bytes) => setAside.Add(path, bytes), entry);
            }

            foreach (var entry in before)
            {
                Put(archive.Open, (path, bytes) => archive.Add(path, bytes), entry);
            }

            archive.Append(setAside, spool);
            foreach (var entry in after)
            {
                Put(archive.Open, (path, bytes) => archive.Add(path, bytes), entry);
            }

            archive.Finish();

            using var expected = new MemoryStream();
            using (var zip = new ZipArchive(expected, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
            {
                (string Name, (byte[], bool)[] Pieces, bool)[] all = [("mimetype", [("application/epub+zip"u8.ToArray(), false)], false), .. before, .. ahead, .. after];
                foreach (var (name, pieces, _) in all)
                {
                    var level = name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.SmallestSize;
                    var entry = zip.CreateEntry(name, level);
                    entry.LastWriteTime = modified;
                    using var stream = entry.Open();
                    WritePieces(stream, pieces);
                }
            }

            Assert.Equal(expected.ToArray(), written.ToArray());
        }, iter: 150);
    }

    private static void WritePieces(Stream stream, (byte[] Bytes, bool Flush)[] pieces)
    {
        foreach (var (bytes, flush) in pieces)
        {
            stream.Write(bytes);
            if (flush)
            {
                stream.Flush();
            }
        }
    }

    [Fact]
    public void A_stream_that_cannot_seek_receives_the_same_book()
    {
        var publication = Fixtures.Minimal();
        using var sink = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(sink))
        {
            EpubWriter.Write(publication, new EpubOptions(EpubBook.Theme, EpubBook.Modified, CoverPicture: Task.FromResult(EpubBook.CoverPicture)), forwardOnly);
        }

        Assert.Equal(EpubBook.WriteBytes(publication), sink.ToArray());
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
