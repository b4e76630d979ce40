namespace Recap.Model;

/// <summary>A picture from the content folder, checked to exist, be readable and of a supported type.</summary>
/// <param name="Path">Absolute path on disk.</param>
/// <param name="ContentPath">Path relative to the content folder, with <c>/</c> separators (stable across machines).</param>
/// <param name="MediaType"><c>image/png</c>, <c>image/jpeg</c>, <c>image/gif</c> or <c>image/svg+xml</c>.</param>
/// <param name="PixelWidth">Intrinsic width in pixels (0 for SVG without a size).</param>
/// <param name="PixelHeight">Intrinsic height in pixels (0 for SVG without a size).</param>
public sealed record ImageAsset(string Path, string ContentPath, string MediaType, int PixelWidth, int PixelHeight)
{
    /// <summary>
    /// The picture as checked: a raster file's bytes once fully decoded, an SVG after cleaning. The
    /// writers use these and never the file again, so what they embed is what was checked.
    /// </summary>
    public ReadOnlyMemory<byte> Content { get; init; }
}
