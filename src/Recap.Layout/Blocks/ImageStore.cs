using System.Collections.Concurrent;
using Recap.Frames;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Layout.Blocks;

/// <summary>
/// Reads each picture once and shares it between placements, so the PDF stores it once.
/// The booklet draws JPEG and PNG; other types the reader accepts (GIF, SVG) are reported and left out.
/// </summary>
internal sealed class ImageStore
{
    private readonly ConcurrentDictionary<string, Lazy<ImageData?>> _images = new(StringComparer.Ordinal);

    public ImageData? Get(ImageAsset asset, SourceSpan source, DiagnosticBag diagnostics) =>
        _images.GetOrAdd(asset.Path, _ => new Lazy<ImageData?>(() =>
        {
            if (asset.MediaType is not (ImageData.Jpeg or ImageData.Png))
            {
                diagnostics.Warning(source, "image-not-in-pdf", $"{asset.ContentPath}: {asset.MediaType} pictures are not drawn in the PDF booklet yet (use PNG or JPEG)");
                return null;
            }

            return new ImageData(asset.Content, asset.MediaType);
        })).Value;
}
