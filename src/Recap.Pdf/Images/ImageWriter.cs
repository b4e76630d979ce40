using Recap.Frames;
using Recap.Pdf.Objects;
using SkiaSharp;

namespace Recap.Pdf.Images;

/// <summary>
/// Writes an image XObject: JPEG bytes pass through untouched (DCTDecode); PNG is decoded with
/// SkiaSharp and stored Flate-compressed, its alpha as a soft mask.
/// </summary>
internal static class ImageWriter
{
    public static void Write(ObjectWriter writer, int id, ImageData image)
    {
        if (image.MediaType == ImageData.Jpeg)
        {
            WriteJpeg(writer, id, image.Bytes.Span);
        }
        else
        {
            WritePng(writer, id, image.Bytes.Span);
        }
    }

    private static void WriteJpeg(ObjectWriter writer, int id, ReadOnlySpan<byte> jpeg)
    {
        var info = JpegInfo.Read(jpeg);
        var entries = Header(info.Width, info.Height);
        entries.Ascii(info.Components switch
        {
            1 => "/ColorSpace/DeviceGray",
            4 => "/ColorSpace/DeviceCMYK",
            _ => "/ColorSpace/DeviceRGB",
        });
        if (info.Components == 4 && info.AdobeInverted)
        {
            entries.Ascii("/Decode[1 0 1 0 1 0 1 0]");
        }

        entries.Ascii("/Filter/DCTDecode");
        writer.Stream(id, entries, jpeg, compress: false);
    }

    private static void WritePng(ObjectWriter writer, int id, ReadOnlySpan<byte> png)
    {
        using var data = SKData.CreateCopy(png);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("PNG could not be decoded");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new InvalidDataException($"PNG could not be decoded: {result}");
        }

        var pixels = bitmap.GetPixelSpan();
        var count = info.Width * info.Height;
        var rgb = new byte[count * 3];
        var alpha = new byte[count];
        var opaque = true;
        for (var i = 0; i < count; i++)
        {
            rgb[i * 3] = pixels[i * 4];
            rgb[(i * 3) + 1] = pixels[(i * 4) + 1];
            rgb[(i * 3) + 2] = pixels[(i * 4) + 2];
            alpha[i] = pixels[(i * 4) + 3];
            opaque &= alpha[i] == 255;
        }

        var entries = Header(info.Width, info.Height).Ascii("/ColorSpace/DeviceRGB");
        if (!opaque)
        {
            var mask = writer.Allocate();
            entries.Ascii("/SMask ").Ref(mask);
            writer.Stream(mask, Header(info.Width, info.Height).Ascii("/ColorSpace/DeviceGray"), alpha, compress: true);
        }

        writer.Stream(id, entries, rgb, compress: true);
    }

    private static PdfBuffer Header(int width, int height) =>
        new PdfBuffer(128).Ascii("/Type/XObject/Subtype/Image/Width ").Int(width)
            .Ascii("/Height ").Int(height).Ascii("/BitsPerComponent 8");
}
