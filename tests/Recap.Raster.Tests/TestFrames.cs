using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;
using Recap.Testing;
using SkiaSharp;

namespace Recap.Raster.Tests;

/// <summary>Small pages built by hand: text in the theme's Go Regular, shapes and an image.</summary>
internal static class TestFrames
{
    public static FontFace GoRegular { get; } = FontFace.Load(Path.Combine(RepoPaths.DefaultTheme, "fonts", "Go-Regular.ttf"));

    /// <summary>The faces the pages' runs name, for the rasterizer.</summary>
    public static FontBook Fonts { get; } = new();

    public static Page Page(Size size, params FrameItem[] items) => new(size, [.. items]);

    public static GlyphRunItem Text(string text, double size, Point origin, Color color) =>
        GlyphRuns.Place(Fonts, TextShaper.Shape(GoRegular, size, text), origin, color, null);

    public static ShapeItem FilledRect(Rect rect, Color color) => new(ShapePath.Rectangle(rect), color, null, null);

    /// <summary>A PNG of one colour, <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static ImageData SolidPng(int width, int height, Color color)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(color.R, color.G, color.B));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return new ImageData(data.ToArray(), ImageData.Png);
    }

    /// <param name="fonts">The book the page's runs name; this class's own when not given.</param>
    public static byte[] Png(Page page, double dpi, FontBook? fonts = null)
    {
        using var rasterizer = new PageRasterizer(fonts ?? Fonts);
        using var output = new MemoryStream();
        rasterizer.WritePng(page, dpi, output);
        return output.ToArray();
    }

    public static ImmutableArray<FrameItem> NoItems => [];
}
