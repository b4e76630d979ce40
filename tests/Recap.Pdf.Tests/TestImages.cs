using SkiaSharp;

namespace Recap.Pdf.Tests;

/// <summary>Small images encoded with SkiaSharp: a half-transparent PNG and an opaque JPEG.</summary>
internal static class TestImages
{
    public static byte[] Png { get; } = Encode(SKEncodedImageFormat.Png, new SKColor(0x33, 0x66, 0x99, 0x80));

    public static byte[] Jpeg { get; } = Encode(SKEncodedImageFormat.Jpeg, new SKColor(0xCC, 0x33, 0x00));

    private static byte[] Encode(SKEncodedImageFormat format, SKColor color)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(16, 8, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(color);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
