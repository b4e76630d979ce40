using Recap.Frames;
using SkiaSharp;

namespace Recap.Raster;

/// <summary>
/// Draws a page's items onto a canvas whose units are points, y down (the frames' own space):
/// one switch over the frame items, as the PDF exporter has, so the picture shows what the PDF does.
/// </summary>
internal static class PageDrawer
{
    // PDF's default miter limit; Skia's is 4, which would bevel corners a PDF viewer keeps sharp.
    private const float PdfMiterLimit = 10;

    public static void Draw(SKCanvas canvas, Page page, RasterResources resources)
    {
        // Nothing past the page's edges (a trimmed page loses its bleed too). No paper either: the
        // caller lays the sheet, and a placed page, like PDF's form, shows what lies under it.
        canvas.Save();
        canvas.ClipRect(SKRect.Create((float)page.Size.Width, (float)page.Size.Height));
        var writer = new ItemDrawer(canvas, resources);
        foreach (var item in FrameItems.Flatten(page.Items))
        {
            item.Accept(writer);
        }

        canvas.Restore();
    }

    /// <summary>One item onto the canvas, in page coordinates (groups are flattened first).</summary>
    private sealed class ItemDrawer(SKCanvas canvas, RasterResources resources) : IFrameItemVisitor
    {
        public void Visit(GlyphRunItem run) => DrawGlyphs(canvas, run.Run, resources);

        // Flattening takes lines apart into their runs and items: none is left to draw as a whole.
        public void Visit(TextLineItem line)
        {
            foreach (var item in FrameItems.Flatten([line]))
            {
                item.Accept(this);
            }
        }

        public void Visit(ShapeItem shape) => DrawShape(canvas, shape);

        public void Visit(ImageItem image) => DrawImage(canvas, image, resources);

        public void Visit(PlacedPageItem placed)
        {
            canvas.Save();
            canvas.Translate((float)placed.Origin.X, (float)placed.Origin.Y);
            canvas.Scale((float)placed.Scale);
            Draw(canvas, placed.Page, resources);
            canvas.Restore();
        }

        // Interactive only: nothing to see.
        public void Visit(LinkItem link)
        {
        }

        public void Visit(DestinationItem destination)
        {
        }

        // After flattening, only a group that clips is left: its items are already in page coordinates.
        public void Visit(GroupItem group)
        {
            canvas.Save();
            if (group.Clip is { } clip)
            {
                canvas.ClipRect(SKRect.Create((float)clip.X, (float)clip.Y, (float)clip.Width, (float)clip.Height));
            }

            foreach (var item in FrameItems.Flatten([group with { Clip = null }]))
            {
                item.Accept(this);
            }

            canvas.Restore();
        }
    }

    private static void DrawGlyphs(SKCanvas canvas, in GlyphRun run, RasterResources resources)
    {
        if (run.Glyphs.IsEmpty)
        {
            return;
        }

        // Unhinted outlines at fractional positions: the shapes a PDF viewer draws, not screen-fitted ones.
        using var font = new SKFont(resources.Typeface(run.Face), (float)run.Size)
        {
            Subpixel = true,
            LinearMetrics = true,
            Hinting = SKFontHinting.Slight,
            Edging = SKFontEdging.Antialias,
            ScaleX = (float)run.HorizontalScale, // font expansion; the positions already include it
        };
        var ids = new ushort[run.Glyphs.Length];
        var positions = new SKPoint[run.Glyphs.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var glyph = run.Glyphs[i];
            ids[i] = glyph.Id;
            positions[i] = new SKPoint(glyph.X, glyph.Y);
        }

        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(ids, font, positions);
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }

        using var paint = new SKPaint { Color = ToSkia(run.Color), IsAntialias = true };
        canvas.DrawText(blob, (float)run.Origin.X, (float)run.Origin.Y, paint);
    }

    private static void DrawShape(SKCanvas canvas, ShapeItem shape)
    {
        if (RuleSnapper.TrySnap(shape, canvas.TotalMatrix, out var from, out var to, out var width))
        {
            using var pen = StrokePaint(shape.Stroke!.Value.Color, width);
            canvas.Save();
            canvas.ResetMatrix();
            canvas.DrawLine(from, to, pen);
            canvas.Restore();
            return;
        }

        using var builder = new SKPathBuilder();
        foreach (var segment in shape.Path.Segments)
        {
            switch (segment.Kind)
            {
                case PathSegmentKind.MoveTo:
                    builder.MoveTo(ToSkia(segment.To));
                    break;
                case PathSegmentKind.LineTo:
                    builder.LineTo(ToSkia(segment.To));
                    break;
                case PathSegmentKind.CubicTo:
                    builder.CubicTo(ToSkia(segment.Control1), ToSkia(segment.Control2), ToSkia(segment.To));
                    break;
                case PathSegmentKind.Close:
                    builder.Close();
                    break;
            }
        }

        using var path = builder.Detach();

        // Fill first, then stroke over it, as PDF's B operator does; the non-zero winding rule of f.
        if (shape.Fill is { } fill)
        {
            using var paint = new SKPaint { Color = ToSkia(fill), IsAntialias = true, Style = SKPaintStyle.Fill };
            canvas.DrawPath(path, paint);
        }

        if (shape.Stroke is { } stroke)
        {
            using var paint = StrokePaint(stroke.Color, (float)Math.Max(stroke.Width, 1 / DeviceScale(canvas)));
            canvas.DrawPath(path, paint);
        }
    }

    private static SKPaint StrokePaint(Color color, float width) => new()
    {
        Color = ToSkia(color),
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeCap = SKStrokeCap.Butt,
        StrokeJoin = SKStrokeJoin.Miter,
        StrokeMiter = PdfMiterLimit,
    };

    private static void DrawImage(SKCanvas canvas, ImageItem image, RasterResources resources)
    {
        var bounds = image.Bounds;
        var target = SKRect.Create((float)bounds.X, (float)bounds.Y, (float)bounds.Width, (float)bounds.Height);
        var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
        canvas.DrawImage(resources.Image(image.Image), target, sampling);
    }

    // Pixels a point spans. A line thinner than one pixel is drawn one pixel wide, as PDF viewers
    // do (poppler, pdf.js): anti-aliased at its true width, a 0.4 pt hairline at 96 dpi fades to a
    // ghost the printed page does not have.
    private static double DeviceScale(SKCanvas canvas)
    {
        var m = canvas.TotalMatrix;
        return Math.Sqrt(Math.Abs((m.ScaleX * m.ScaleY) - (m.SkewX * m.SkewY)));
    }

    private static SKPoint ToSkia(Point point) => new((float)point.X, (float)point.Y);

    internal static SKColor ToSkia(Color color) => new(color.R, color.G, color.B);
}
