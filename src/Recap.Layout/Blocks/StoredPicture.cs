using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Pictures;
using Recap.Model;

namespace Recap.Layout.Blocks;

/// <summary>A picture ready to place: raster bytes the PDF embeds, or an SVG drawn as shapes.</summary>
internal sealed record StoredPicture(ImageData? Raster, SvgDrawing? Vector)
{
    /// <summary>
    /// The picture's width and height for its proportions: the asset's pixels, or for an SVG that
    /// gives no size of its own, its drawing's user units. Zero when it has none.
    /// </summary>
    public (double Width, double Height) Proportions(ImageAsset asset) => Vector is { } vector
        ? (asset.PixelWidth > 0 ? asset.PixelWidth : vector.Width, asset.PixelHeight > 0 ? asset.PixelHeight : vector.Height)
        : (asset.PixelWidth, asset.PixelHeight);

    /// <summary>The picture scaled to fill <paramref name="bounds"/>: one image, or the SVG's shapes, tagged with <paramref name="element"/>.</summary>
    public ImmutableArray<FrameItem> Place(Rect bounds, StructureElement? element) =>
        Raster is { } image ? [new ImageItem(bounds, image, element)] : Vector?.Place(bounds, element) ?? [];
}
