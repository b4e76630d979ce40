using SkiaSharp;

namespace Recap.Markdown.Images;

/// <summary>
/// Decodes a PNG, JPEG or GIF picture to its last row, so a truncated or corrupt file is an error
/// naming it rather than a broken picture in the outputs. Rows are decoded one at a time into one
/// row's buffer where the format allows, so checking costs a row of memory, not the picture's.
/// </summary>
internal static class RasterCheck
{
    /// <returns>Null when the whole picture decodes, else what is wrong with it.</returns>
    public static string? Problem(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var row = new byte[info.RowBytes];
        var start = codec.StartScanlineDecode(info);
        if (start == SKCodecResult.Success)
        {
            var handle = System.Runtime.InteropServices.GCHandle.Alloc(row, System.Runtime.InteropServices.GCHandleType.Pinned);
            try
            {
                for (var y = 0; y < info.Height; y++)
                {
                    if (codec.GetScanlines(handle.AddrOfPinnedObject(), 1, info.RowBytes) != 1)
                    {
                        return $"it ends or breaks off at row {y + 1} of {info.Height}";
                    }
                }
            }
            finally
            {
                handle.Free();
            }

            return null;
        }

        // Formats without row-by-row decoding (GIF, interlaced PNG) decode whole; the pixel budget bounds the cost.
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        return result == SKCodecResult.Success ? null : $"its pixels cannot be decoded ({result})";
    }
}
