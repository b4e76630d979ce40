using CsCheck;

namespace Recap.Spooling.Tests;

public sealed class SpoolTests
{
    [Fact]
    public void Writes_in_any_pieces_read_back_as_written_whether_kept_in_memory_or_spilled()
    {
        Gen.Select(Gen.Byte.Array[0, 100_000].Array[0, 12], Gen.Int[0, 300_000]).Sample((pieces, inMemory) =>
        {
            using var spool = new Spool(inMemory);
            foreach (var piece in pieces)
            {
                spool.Write(piece);
            }

            var expected = pieces.SelectMany(piece => piece).ToArray();
            Assert.Equal(expected.Length, spool.Length);
            Assert.Equal(expected, ReadBack(spool));
        }, iter: 200);
    }

    [Fact]
    public void Bytes_past_the_memory_limit_go_to_a_file_already_removed_from_its_folder()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        using (var spool = new Spool(64 * 1024))
        {
            spool.Write(bytes.AsSpan(0, 50_000));
            Assert.Empty(OpenSpoolFiles());

            spool.Write(bytes.AsSpan(50_000));
            Assert.Equal(["(deleted)"], OpenSpoolFiles().Select(target => target[(target.LastIndexOf(' ') + 1)..]));
            Assert.Equal(bytes, ReadBack(spool));
        }

        Assert.Empty(OpenSpoolFiles());
    }

    [Fact]
    public void Bytes_within_the_memory_limit_make_no_file()
    {
        using var spool = new Spool(1024 * 1024);
        spool.Write(new byte[1024 * 1024]);

        Assert.Empty(OpenSpoolFiles());
        Assert.Equal(1024 * 1024, ReadBack(spool).Length);
    }

    private static byte[] ReadBack(Spool spool)
    {
        using var read = new MemoryStream();
        spool.ReadAll(read.Write);
        return read.ToArray();
    }

    // This process's open files that are spools (Linux names a removed file's link "... (deleted)").
    private static List<string> OpenSpoolFiles() =>
        [.. Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(fd => { try { return File.ResolveLinkTarget(fd, returnFinalTarget: false)?.FullName ?? ""; } catch (IOException) { return ""; } })
            .Where(target => Path.GetFileName(target).StartsWith("recap-", StringComparison.Ordinal))];
}
