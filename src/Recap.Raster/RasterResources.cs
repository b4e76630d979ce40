using System.Collections.Concurrent;
using Recap.Fonts;
using Recap.Frames;
using SkiaSharp;

namespace Recap.Raster;

/// <summary>
/// The Skia objects pages share: one typeface per font face of the book and one decoded image per
/// <see cref="ImageData"/>, made on first use. Both are immutable in Skia, so pages drawn on
/// several threads share them.
/// </summary>
internal sealed class RasterResources(FontBook fonts) : IDisposable
{
    private readonly ConcurrentDictionary<FontFace, Lazy<SKTypeface>> _typefaces = new();
    private readonly ConcurrentDictionary<ImageData, Lazy<SKImage>> _images = new();

    public SKTypeface Typeface(FaceId id) =>
        _typefaces.GetOrAdd(fonts[id], f => new Lazy<SKTypeface>(() => LoadTypeface(f))).Value;

    public SKImage Image(ImageData image) =>
        _images.GetOrAdd(image, i => new Lazy<SKImage>(() => Decode(i))).Value;

    public void Dispose()
    {
        foreach (var typeface in _typefaces.Values.Where(t => t.IsValueCreated))
        {
            typeface.Value.Dispose();
        }

        foreach (var image in _images.Values.Where(i => i.IsValueCreated))
        {
            image.Value.Dispose();
        }
    }

    // The same file the face was shaped with, so glyph ids mean the same glyphs.
    private static SKTypeface LoadTypeface(FontFace face) =>
        SKTypeface.FromFile(face.Path, face.Index) ?? throw new InvalidDataException($"Skia cannot read the font {face.Path}");

    private static SKImage Decode(ImageData image) =>
        SKImage.FromEncodedData(image.Bytes.Span)?.ToRasterImage(ensurePixelData: true)
        ?? throw new InvalidDataException($"Skia cannot decode a {image.MediaType} image of {image.Bytes.Length} bytes");
}
