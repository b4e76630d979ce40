using ShimSkiaSharp;
using Svg.Model;

namespace Recap.Layout.Pictures;

/// <summary>
/// What Svg.Model asks the host for: pictures embedded in the SVG and text metrics. The booklet
/// draws an SVG's shapes only, so it loads no embedded picture and has no faces for SVG text
/// (<see cref="SvgDrawing"/> reports such elements as left out).
/// </summary>
internal sealed class NoAssets : ISvgAssetLoader
{
    public bool EnableSvgFonts => false;

    public SKImage LoadImage(Stream stream) => null!;

    public List<TypefaceSpan> FindTypefaces(string? text, SKPaint paintPreferredTypeface) => [];

    public SKFontMetrics GetFontMetrics(SKPaint paint) => default;

    public float MeasureText(string? text, SKPaint paint, ref SKRect bounds) => 0;

    public SKPath? GetTextPath(string? text, SKPaint paint, float x, float y) => null;
}
