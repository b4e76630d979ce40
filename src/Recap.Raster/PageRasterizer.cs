using Recap.Fonts;
using Recap.Frames;
using SkiaSharp;

namespace Recap.Raster;

/// <summary>
/// Draws pages from their frames to PNG through Skia: previews of the booklet and a share card of
/// its cover. The same page and resolution always give the same bytes. Keep one rasterizer for a
/// document: it loads each face and decodes each image once; pages may be drawn on several threads.
/// </summary>
/// <param name="fonts">The faces the pages' glyph runs name by id.</param>
public sealed class PageRasterizer(FontBook fonts) : IDisposable
{
    /// <summary>CSS pixels: a page at this resolution shows at its printed size on a screen at 100 %.</summary>
    public const double ScreenDpi = 96;

    private readonly RasterResources _resources = new(fonts);

    /// <summary>
    /// The picture's size in pixels for a page at a resolution: the page's size in inches × dpi,
    /// rounded up (as poppler does) so the last partial pixel of the page is kept.
    /// </summary>
    public static (int Width, int Height) PixelSize(Size page, double dpi)
    {
        if (!(dpi > 0) || double.IsInfinity(dpi))
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "the resolution must be a positive number of dots per inch");
        }

        return (Pixels(page.Width * dpi / 72), Pixels(page.Height * dpi / 72));
    }

    /// <summary>Writes the page as an opaque RGB PNG at <paramref name="dpi"/> dots per inch.</summary>
    public void WritePng(Page page, double dpi, Stream output)
    {
        using var surface = Draw(page, dpi);
        Encode(surface, output);
    }

    /// <summary>
    /// Writes the page as a palette PNG (<see cref="IndexedPng"/>) when it is a drawing of flat
    /// colour, else as <see cref="WritePng"/> does.
    /// </summary>
    public void WriteIndexedPng(Page page, double dpi, Stream output)
    {
        using var surface = Draw(page, dpi);
        // The surface's own pixels, not a snapshot's copy of them (14 MB for the ebook's cover).
        using var pixels = surface.PeekPixels();
        if (IndexedPng.Encode(pixels) is { } png)
        {
            output.Write(png);
            return;
        }

        Encode(surface, output);
    }

    private SKSurface Draw(Page page, double dpi)
    {
        var (width, height) = PixelSize(page.Size, dpi);
        var surface = CreateSurface(width, height);
        var canvas = surface.Canvas;

        // Paper white up to the picture's edge: the last column and row are only partly page.
        canvas.Clear(PageDrawer.ToSkia(Color.White));
        canvas.Scale((float)(dpi / 72));
        PageDrawer.Draw(canvas, page, _resources);
        return surface;
    }

    /// <summary>
    /// Writes a share card (a link preview or social image): the page drawn as a sheet, with a soft
    /// shadow, centred on the card's background and as tall as its margins allow.
    /// </summary>
    public void WriteCard(Page page, ShareCard card, Stream output)
    {
        if (card.Margin < 0 || card.Width <= 2 * card.Margin || card.Height <= 2 * card.Margin)
        {
            throw new ArgumentException($"a {card.Width}×{card.Height} card leaves no room inside {card.Margin} px margins", nameof(card));
        }

        using var surface = CreateSurface(card.Width, card.Height);
        var canvas = surface.Canvas;
        canvas.Clear(PageDrawer.ToSkia(card.Background));

        var scale = Math.Min((card.Width - (2.0 * card.Margin)) / page.Size.Width, (card.Height - (2.0 * card.Margin)) / page.Size.Height);
        var sheet = SKRect.Create(
            (float)((card.Width - (page.Size.Width * scale)) / 2),
            (float)((card.Height - (page.Size.Height * scale)) / 2),
            (float)(page.Size.Width * scale),
            (float)(page.Size.Height * scale));

        // The shadow lifts the sheet off a pale background and stays faint on a dark one.
        using (var shadow = new SKPaint
        {
            Color = PageDrawer.ToSkia(Color.Black).WithAlpha(90),
            IsAntialias = true,
            MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, card.Margin / 4f),
        })
        {
            canvas.DrawRect(sheet with { Top = sheet.Top + (card.Margin / 6f), Bottom = sheet.Bottom + (card.Margin / 6f) }, shadow);
        }

        using (var white = new SKPaint { Color = PageDrawer.ToSkia(Color.White) })
        {
            canvas.DrawRect(sheet, white);
        }

        canvas.Translate(sheet.Left, sheet.Top);
        canvas.Scale((float)scale);
        PageDrawer.Draw(canvas, page, _resources);
        Encode(surface, output);
    }

    public void Dispose() => _resources.Dispose();

    // A size a hair over a whole number (float noise) stays that number.
    private static int Pixels(double exact) => Math.Max(1, (int)Math.Ceiling(exact - 1e-6));

    private static SKSurface CreateSurface(int width, int height) =>
        PixelMemory.Surface(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
        ?? throw new InvalidOperationException($"Skia cannot make a {width}×{height} surface");

    private static void Encode(SKSurface surface, Stream output)
    {
        using var pixels = surface.PeekPixels();

        // Every pixel is opaque: told so, the encoder writes RGB without an alpha channel (a quarter smaller).
        using var opaque = pixels.WithAlphaType(SKAlphaType.Opaque);
        using var png = opaque.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6))
            ?? throw new InvalidOperationException("Skia could not encode the PNG");
        png.SaveTo(output);
    }
}
