using SkiaSharp;

namespace Recap.Layout.Pictures;

/// <summary>
/// Raster pictures the PDF cannot embed as they are (GIF, and any other format SkiaSharp decodes):
/// the first frame of an animation, decoded and written again as PNG, which loses nothing.
/// </summary>
internal static class RasterConversion
{
    /// <summary>The picture as PNG bytes, or null when SkiaSharp cannot decode it.</summary>
    public static byte[]? ToPng(ReadOnlySpan<byte> bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        // Frame 0 of an animation: the picture a still page shows.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(0));
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png?.ToArray();
    }
}
