using Recap.Model;
using Recap.Testing;
using SkiaSharp;

namespace Recap.Epub.Tests;

/// <summary>Small real pictures, drawn on demand into a temporary folder.</summary>
internal static class TestImages
{
    public static ImageAsset Png(TempFolder folder, string contentPath, int width = 120, int height = 80, SKColor? color = null) =>
        Save(folder, contentPath, SKEncodedImageFormat.Png, "image/png", width, height, color ?? SKColors.SteelBlue);

    public static ImageAsset Jpeg(TempFolder folder, string contentPath, int width = 90, int height = 60) =>
        Save(folder, contentPath, SKEncodedImageFormat.Jpeg, "image/jpeg", width, height, SKColors.DarkOrange);

    public static byte[] PngBytes(int width, int height) => Encode(SKEncodedImageFormat.Png, width, height, SKColors.SteelBlue);

    private static ImageAsset Save(TempFolder folder, string contentPath, SKEncodedImageFormat format, string mediaType, int width, int height, SKColor color)
    {
        var bytes = Encode(format, width, height, color);
        var path = folder.Write(contentPath, bytes);
        return new ImageAsset(path, contentPath, mediaType, width, height) { Content = bytes };
    }

    private static byte[] Encode(SKEncodedImageFormat format, int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
