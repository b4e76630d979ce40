using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Recap.Raster;

/// <summary>
/// Encodes an opaque drawing of flat colour (the ebook's cover) as an 8-bit palette PNG, a third of
/// the size of the RGB one Skia writes: Skia's encoder has no palette mode. The palette is the 256
/// most used colours; any other colour (an edge's antialiasing blend) takes the nearest of them.
/// A picture with many more colours than a drawing has (a photograph) gets no palette.
/// </summary>
public static class IndexedPng
{
    /// <summary>Above this many distinct colours a picture is not a flat drawing: quantising it would show.</summary>
    public const int MaxSourceColors = 4096;

    /// <summary>The PNG, or null when the picture has more than <see cref="MaxSourceColors"/> colours.</summary>
    public static byte[]? Encode(SKPixmap pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        // Opaque RGBA as little-endian words: 0xFFBBGGRR (premultiplied or not, an opaque pixel is the
        // same). Other layouts, and rows with padding, are converted first.
        using var converted = pixels.ColorType == SKColorType.Rgba8888 && pixels.RowBytes == pixels.Width * 4 ? null : new SKBitmap(new SKImageInfo(pixels.Width, pixels.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        if (converted is not null && !pixels.ReadPixels(converted.PeekPixels()))
        {
            throw new InvalidOperationException("Skia could not read the picture's pixels");
        }

        // A flat drawing is long runs of one colour, so a run is counted once rather than looked up pixel by pixel.
        var words = MemoryMarshal.Cast<byte, uint>(converted is null ? pixels.GetPixelSpan() : converted.GetPixelSpan());
        var counts = new Dictionary<uint, int>();
        for (var i = 0; i < words.Length;)
        {
            var run = Run(words, i);
            counts[words[i]] = counts.GetValueOrDefault(words[i]) + run;
            if (counts.Count > MaxSourceColors)
            {
                return null;
            }

            i += run;
        }

        // Most used first, ties by value: the same picture always gets the same palette.
        var palette = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(256).Select(c => Rgb(c.Key)).ToArray();
        var index = new Dictionary<uint, byte>(counts.Count);
        foreach (var color in counts.Keys)
        {
            index[color] = Nearest(palette, Rgb(color));
        }

        var (width, height) = (pixels.Width, pixels.Height);
        using var png = new MemoryStream();
        Start(png, width, height, palette);
        using (var data = new MemoryStream())
        {
            // zlib's default level: its best took five times as long on GopherFest's cover (54 ms, not 11) to
            // save 3 KB, and the EPUB deflates the picture again.
            using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
            {
                // Row by row through one buffer: the picture's indexes are never held whole (3.6 MB for the ebook's cover).
                var indexes = new byte[width + 1]; // [0] is the row's filter, None: palette indexes do not predict
                for (var y = 0; y < height; y++)
                {
                    var row = words.Slice(y * width, width);
                    for (var x = 0; x < row.Length;)
                    {
                        var run = Run(row, x);
                        indexes.AsSpan(1 + x, run).Fill(index[row[x]]);
                        x += run;
                    }

                    zlib.Write(indexes);
                }
            }

            Chunk(png, "IDAT", data.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    // A vectorised search for the run's end: the cover's 3.6 million pixels are walked twice, mostly in long runs.
    private static int Run(ReadOnlySpan<uint> words, int start)
    {
        var other = words[(start + 1)..].IndexOfAnyExcept(words[start]);
        return other < 0 ? words.Length - start : other + 1;
    }

    // 0xRRGGBB from an opaque RGBA word.
    private static int Rgb(uint word) => (int)(((word & 0xFF) << 16) | (word & 0xFF00) | ((word >> 16) & 0xFF));

    private static byte Nearest(int[] palette, int color)
    {
        var best = 0;
        var bestDistance = int.MaxValue;
        for (var p = 0; p < palette.Length; p++)
        {
            var dr = ((palette[p] >> 16) & 0xFF) - ((color >> 16) & 0xFF);
            var dg = ((palette[p] >> 8) & 0xFF) - ((color >> 8) & 0xFF);
            var db = (palette[p] & 0xFF) - (color & 0xFF);
            var distance = (dr * dr) + (dg * dg) + (db * db);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (p, distance);
            }
        }

        return (byte)best;
    }

    /// <summary>The signature, the header and the palette.</summary>
    private static void Start(Stream png, int width, int height, int[] palette)
    {
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: palette
        Chunk(png, "IHDR", header);

        var plte = new byte[palette.Length * 3];
        for (var p = 0; p < palette.Length; p++)
        {
            plte[3 * p] = (byte)(palette[p] >> 16);
            plte[(3 * p) + 1] = (byte)(palette[p] >> 8);
            plte[(3 * p) + 2] = (byte)palette[p];
        }

        Chunk(png, "PLTE", plte);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typed = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++)
        {
            typed[i] = (byte)type[i];
        }

        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.HashToUInt32(typed));
        png.Write(word);
    }
}
