using SkiaSharp;

namespace Recap.Raster.Tests;

/// <summary>Palette PNGs decoded back by Skia (libpng): exact for a few colours, nearest for blends.</summary>
public sealed class IndexedPngTests
{
    [Fact]
    public void A_drawing_of_few_colours_comes_back_pixel_for_pixel_as_a_palette_png()
    {
        using var drawing = Draw(antialias: false);

        var png = IndexedPng.Encode(drawing.PeekPixels())!;

        Assert.Equal(3, png[25]); // IHDR colour type 3: indexed
        using var decoded = SKBitmap.Decode(png);
        for (var y = 0; y < drawing.Height; y++)
        {
            for (var x = 0; x < drawing.Width; x++)
            {
                Assert.Equal(drawing.GetPixel(x, y), decoded.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void Antialiased_edges_take_the_nearest_palette_colour_and_the_file_is_smaller_than_rgb()
    {
        using var drawing = Draw(antialias: true);

        var png = IndexedPng.Encode(drawing.PeekPixels())!;

        using var decoded = SKBitmap.Decode(png);
        var worst = 0;
        for (var y = 0; y < drawing.Height; y++)
        {
            for (var x = 0; x < drawing.Width; x++)
            {
                var (a, b) = (drawing.GetPixel(x, y), decoded.GetPixel(x, y));
                worst = Math.Max(worst, Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue))));
            }
        }

        Assert.InRange(worst, 0, 24);
        using var rgb = drawing.Encode(SKEncodedImageFormat.Png, 100);
        Assert.True(png.Length < rgb.Size, $"palette {png.Length} bytes, RGB {rgb.Size}");
        Assert.Equal(png, IndexedPng.Encode(drawing.PeekPixels()));
    }

    [Fact]
    public void A_photograph_gets_no_palette()
    {
        using var noise = new SKBitmap(new SKImageInfo(128, 128, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var random = new Random(7);
        for (var y = 0; y < 128; y++)
        {
            for (var x = 0; x < 128; x++)
            {
                noise.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        Assert.Null(IndexedPng.Encode(noise.PeekPixels()));
    }

    // A cover-like drawing: two bands of colour, text and a rule.
    private static SKBitmap Draw(bool antialias)
    {
        var bitmap = new SKBitmap(new SKImageInfo(300, 400, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor(0, 113, 141));
        using var paint = new SKPaint { IsAntialias = antialias, Color = new SKColor(245, 242, 235) };
        canvas.DrawRect(0, 250, 300, 150, paint);
        paint.Color = new SKColor(29, 29, 27);
        canvas.DrawCircle(150, 120, 70.5f, paint);
        paint.Color = SKColors.White;
        canvas.DrawCircle(100, 320, 33.3f, paint);
        return bitmap;
    }
}
