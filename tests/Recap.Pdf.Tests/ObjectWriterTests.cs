using Recap.Pdf.Objects;

namespace Recap.Pdf.Tests;

/// <summary>The object writer's file is the same however its streams' deflating interleaves.</summary>
public sealed class ObjectWriterTests
{
    [Fact]
    public void The_file_does_not_depend_on_how_many_streams_deflate_at_once()
    {
        // One stream deflating at a time, or enough for a many-core machine: where each deflated stream lands
        // among the objects written as they are must not follow from either.
        var one = Write(window: 1);
        var many = Write(window: 64);

        Assert.Equal(one, many);
    }

    /// <summary>Deflated streams of different sizes with a stream written as it is after every seventh.</summary>
    private static byte[] Write(int window)
    {
        using var output = new MemoryStream();
        var writer = new ObjectWriter(compressContent: true, output, window);
        var random = new Random(7);
        var catalog = writer.Allocate();
        var info = writer.Allocate();
        for (var i = 0; i < 200; i++)
        {
            var data = new byte[64 + (i * 97 % 5000)];
            random.NextBytes(data.AsSpan(0, data.Length / 3));
            writer.Stream(writer.Allocate(), null, data, compress: i % 7 != 0);
        }

        writer.Dictionary(info, new PdfBuffer().Ascii("/Producer(test)"));
        writer.Dictionary(catalog, new PdfBuffer().Ascii("/Type/Catalog"));
        writer.Finish(catalog, info);
        return output.ToArray();
    }
}
