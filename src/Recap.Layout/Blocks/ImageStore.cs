using System.Collections.Concurrent;
using System.Text;
using Recap.Frames;
using Recap.Layout.Pictures;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Layout.Blocks;

/// <summary>
/// Reads each picture once and shares it between placements, so the PDF stores it once. JPEG and
/// PNG go in as they are; SVG is parsed into drawing commands and drawn as vectors; GIF (its first
/// frame) and any other raster format SkiaSharp decodes is written again as PNG.
/// </summary>
internal sealed class ImageStore
{
    private readonly ConcurrentDictionary<string, Lazy<StoredPicture?>> _images = new(StringComparer.Ordinal);

    public StoredPicture? Get(ImageAsset asset, SourceSpan source, DiagnosticBag diagnostics) =>
        _images.GetOrAdd(asset.Path, _ => new Lazy<StoredPicture?>(() => Read(asset, source, diagnostics))).Value;

    private static StoredPicture? Read(ImageAsset asset, SourceSpan source, DiagnosticBag diagnostics)
    {
        if (asset.MediaType is ImageData.Jpeg or ImageData.Png)
        {
            return new StoredPicture(new ImageData(asset.Content, asset.MediaType), null);
        }

        if (asset.MediaType == "image/svg+xml")
        {
            var drawing = SvgDrawing.Parse(Encoding.UTF8.GetString(asset.Content.Span));
            if (drawing is null)
            {
                diagnostics.Warning(source, "image-not-in-pdf", $"{asset.ContentPath}: this SVG has no size, nothing to draw or values that cannot be read, so the booklet leaves it out");
                return null;
            }

            if (drawing.LeftOut.Count > 0)
            {
                diagnostics.Warning(source, "svg-simplified", $"{asset.ContentPath}: the booklet draws this SVG without {string.Join(", ", drawing.LeftOut)}");
            }

            return new StoredPicture(null, drawing);
        }

        var png = RasterConversion.ToPng(asset.Content.Span);
        if (png is null)
        {
            diagnostics.Warning(source, "image-not-in-pdf", $"{asset.ContentPath}: {asset.MediaType} could not be decoded, so the booklet leaves it out");
            return null;
        }

        return new StoredPicture(new ImageData(png, ImageData.Png), null);
    }
}
