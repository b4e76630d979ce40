using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Recap.Markdown.Images;

/// <summary>
/// Finds what a picture is from its first bytes (never from its name) and how many pixels it has.
/// PNG, JPEG and GIF are opened with Skia's codec, which reads the header and fails on a damaged
/// one; SVG is accepted with the size its root element states in plain numbers, else 0 × 0.
/// </summary>
internal static partial class ImageProbe
{
    private const int SvgSniffLength = 4096;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    public static ImageProbeResult Probe(string path)
    {
        byte[] head;
        try
        {
            using var stream = File.OpenRead(path);
            head = new byte[SvgSniffLength];
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageProbeResult.Unreadable(e.Message);
        }

        if (RasterType(head) is { } mediaType)
        {
            using var codec = SKCodec.Create(path, out var result);
            return codec is null
                ? ImageProbeResult.Unreadable($"its {mediaType} header cannot be decoded ({result})")
                : ImageProbeResult.Supported(mediaType, codec.Info.Width, codec.Info.Height);
        }

        return Svg(head) ?? ImageProbeResult.Unsupported();
    }

    private static string? RasterType(ReadOnlySpan<byte> head) =>
        head.StartsWith(PngSignature) ? "image/png"
        : head.StartsWith(JpegSignature) ? "image/jpeg"
        : head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8) ? "image/gif"
        : null;

    private static ImageProbeResult? Svg(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head);
        var root = SvgRoot().Match(text);
        if (!root.Success)
        {
            return null;
        }

        var tag = root.Value;
        var width = Length(tag, "width");
        var height = Length(tag, "height");
        if ((width is null || height is null) && ViewBox().Match(tag) is { Success: true } box)
        {
            width ??= Number(box.Groups[3].Value);
            height ??= Number(box.Groups[4].Value);
        }

        return ImageProbeResult.Supported("image/svg+xml", width ?? 0, height ?? 0);
    }

    /// <summary>A width or height in user units or px; other units (%, em, cm) give no pixel size.</summary>
    private static int? Length(string tag, string attribute)
    {
        var match = Regex.Match(tag, $"""\s{attribute}\s*=\s*["']\s*([0-9.]+)\s*(px)?\s*["']""");
        return match.Success ? Number(match.Groups[1].Value) : null;
    }

    private static int? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? (int)Math.Round(value)
            : null;

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();

    [GeneratedRegex("""\sviewBox\s*=\s*["']\s*([-0-9.]+)[\s,]+([-0-9.]+)[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']""")]
    private static partial Regex ViewBox();
}
