using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Recap.Markdown.Files;
using SkiaSharp;

namespace Recap.Markdown.Images;

/// <summary>
/// Finds what a picture is from its first bytes (never from its name), how many pixels it has, and
/// whether it can be used: PNG, JPEG and GIF are decoded whole (<see cref="RasterCheck"/>) within the
/// pixel budget; SVG is cleaned by <see cref="SvgCleaner"/> and takes the size its root element
/// states in plain numbers, else 0 × 0. The result carries the checked bytes the writers embed.
/// </summary>
internal static partial class ImageProbe
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    public static ImageProbeResult Probe(string path)
    {
        if (!FileKind.IsRegularFile(path))
        {
            return ImageProbeResult.Unreadable("it is not a regular file (a folder, device, FIFO or socket)");
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > ContentLimits.PictureBytes)
            {
                return ImageProbeResult.Unreadable($"it is {stream.Length:N0} bytes, over the limit of {ContentLimits.PictureBytes:N0}");
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageProbeResult.Unreadable(e.Message);
        }

        return Probe(bytes);
    }

    /// <summary>Checks a picture's bytes however they came (a file, a download): the same checks for both.</summary>
    public static ImageProbeResult Probe(byte[] bytes)
    {
        if (RasterType(bytes) is { } mediaType)
        {
            return Raster(bytes, mediaType);
        }

        if (!LooksLikeSvg(bytes))
        {
            return ImageProbeResult.Unsupported();
        }

        if (SvgCleaner.Clean(bytes) is not { } cleaned)
        {
            return ImageProbeResult.Unreadable("it is not well-formed SVG, or it uses DTD entities, which are not accepted");
        }

        var (width, height) = SvgSize(Encoding.UTF8.GetString(cleaned.Bytes));
        return ImageProbeResult.Supported("image/svg+xml", width, height, cleaned.Bytes) with { Removed = cleaned.Removed };
    }

    private static ImageProbeResult Raster(byte[] bytes, string mediaType)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(bytes), out var result); // the codec owns the stream
        if (codec is null)
        {
            return ImageProbeResult.Unreadable($"its {mediaType} header cannot be decoded ({result})");
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > ContentLimits.PicturePixels)
        {
            return ImageProbeResult.Unreadable($"it is {width:N0} × {height:N0} pixels, over the limit of {ContentLimits.PicturePixels:N0} pixels; scale it down");
        }

        return RasterCheck.Problem(codec) is { } problem
            ? ImageProbeResult.Unreadable($"the {mediaType} picture is damaged: {problem}")
            : ImageProbeResult.Supported(mediaType, width, height, bytes);
    }

    private static string? RasterType(ReadOnlySpan<byte> head) =>
        head.StartsWith(PngSignature) ? "image/png"
        : head.StartsWith(JpegSignature) ? "image/jpeg"
        : head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8) ? "image/gif"
        : null;

    private static bool LooksLikeSvg(byte[] bytes) =>
        SvgRoot().IsMatch(Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)));

    private static (int Width, int Height) SvgSize(string text)
    {
        var tag = SvgRoot().Match(text).Value;
        var width = Length(tag, "width");
        var height = Length(tag, "height");
        if ((width is null || height is null) && ViewBox().Match(tag) is { Success: true } box)
        {
            width ??= Number(box.Groups[3].Value);
            height ??= Number(box.Groups[4].Value);
        }

        return (width ?? 0, height ?? 0);
    }

    /// <summary>A width or height in user units or px; other units (%, em, cm) give no pixel size.</summary>
    private static int? Length(string tag, string attribute)
    {
        var match = Regex.Match(tag, $"""\s{attribute}\s*=\s*["']\s*([0-9.]+)\s*(px)?\s*["']""");
        return match.Success ? Number(match.Groups[1].Value) : null;
    }

    private static int? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and < int.MaxValue
            ? (int)Math.Round(value)
            : null;

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();

    [GeneratedRegex("""\sviewBox\s*=\s*["']\s*([-0-9.]+)[\s,]+([-0-9.]+)[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']""")]
    private static partial Regex ViewBox();
}
