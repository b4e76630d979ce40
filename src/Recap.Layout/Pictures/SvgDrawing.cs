using System.Collections.Immutable;
using Recap.Frames;
using ShimSkiaSharp;
using Svg.Model.Services;
using Svg.Skia;
using FramePoint = Recap.Frames.Point;

namespace Recap.Layout.Pictures;

/*
 * An SVG picture as vectors: Svg.Model parses the (already cleaned) SVG and records it as a list
 * of drawing commands (ShimSkiaSharp's picture); each path drawn becomes a ShapeItem with its
 * fill or stroke, its points mapped through the transform in force and the figure's placement.
 * Quadratic curves become cubics and circles, ovals and rounded corners are drawn as cubic arcs.
 * Documented fallbacks, each named in the warning: a gradient fills with its first colour,
 * transparency is flattened onto white paper, an elliptical arc segment is drawn as a straight
 * line, clips are not applied, and text and embedded pictures are left out.
 */

/// <summary>An SVG picture parsed once into its drawing commands, placed into any box as shapes.</summary>
internal sealed class SvgDrawing
{
    // A quarter circle as a cubic: the control points' distance along the tangent, in radii.
    private const float Kappa = 0.5522848f;

    private readonly SKPicture _picture;

    private SvgDrawing(SKPicture picture, IReadOnlyList<string> leftOut)
    {
        _picture = picture;
        LeftOut = leftOut;
    }

    /// <summary>The picture's own width and height, in its user units.</summary>
    public double Width => _picture.CullRect.Width;

    public double Height => _picture.CullRect.Height;

    /// <summary>What the booklet could not draw as the SVG says (a gradient, text…), for the warning.</summary>
    public IReadOnlyList<string> LeftOut { get; }

    /// <summary>The picture's drawing commands, or null when it has no size, nothing to draw, or values the SVG library cannot read.</summary>
    public static SvgDrawing? Parse(string svg)
    {
        SKPicture? picture;
        try
        {
            var document = SvgService.FromSvg(svg);
            picture = document is null ? null : SvgSceneRuntime.CreateModel(document, new NoAssets(), default);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or System.Xml.XmlException)
        {
            // The reader's cleaning keeps well-formed XML, but an attribute value may still be one the library rejects.
            return null;
        }

        if (picture?.Commands is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            return null;
        }

        var leftOut = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var command in picture.Commands)
        {
            switch (command)
            {
                case DrawPathCanvasCommand { Paint.Shader: not null and not ColorShader }:
                    leftOut.Add("gradients (filled with their first colour)");
                    break;
                case DrawPathCanvasCommand { Path: { } path } when path.Commands?.Any(c => c is ArcToPathCommand) == true:
                    leftOut.Add("elliptical arcs (drawn straight)");
                    break;
                case ClipPathCanvasCommand or ClipRectCanvasCommand:
                    leftOut.Add("clipping");
                    break;
                case DrawTextCanvasCommand or DrawTextBlobCanvasCommand or DrawPositionedTextRunCanvasCommand or DrawTextOnPathCanvasCommand:
                    leftOut.Add("text");
                    break;
                case DrawImageCanvasCommand:
                    leftOut.Add("embedded pictures");
                    break;
            }
        }

        return new SvgDrawing(picture, [.. leftOut]);
    }

    /// <summary>The picture's shapes scaled to fill <paramref name="bounds"/>, tagged with <paramref name="element"/>.</summary>
    public ImmutableArray<FrameItem> Place(Rect bounds, StructureElement? element)
    {
        var cull = _picture.CullRect;
        var sx = bounds.Width / cull.Width;
        var sy = bounds.Height / cull.Height;
        FramePoint Map(SKMatrix matrix, float x, float y)
        {
            var p = matrix.MapPoint(new SKPoint(x, y));
            return new FramePoint(bounds.X + ((p.X - cull.Left) * sx), bounds.Y + ((p.Y - cull.Top) * sy));
        }

        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var stack = new Stack<SKMatrix>();
        var matrix = SKMatrix.Identity;
        foreach (var command in _picture.Commands!)
        {
            switch (command)
            {
                case SaveCanvasCommand or SaveLayerCanvasCommand:
                    stack.Push(matrix);
                    break;
                case RestoreCanvasCommand:
                    matrix = stack.Count > 0 ? stack.Pop() : SKMatrix.Identity;
                    break;
                case SetMatrixCanvasCommand set:
                    matrix = set.TotalMatrix;
                    break;
                case DrawPathCanvasCommand { Path: { } path, Paint: { } paint }:
                    var segments = Segments(path, (x, y) => Map(matrix, x, y));
                    if (segments.IsEmpty || Colour(paint) is not { } colour)
                    {
                        break;
                    }

                    var shape = new ShapePath(segments);
                    var scale = Math.Sqrt(Math.Abs((matrix.ScaleX * matrix.ScaleY) - (matrix.SkewX * matrix.SkewY)) * sx * sy);
                    items.Add(paint.Style == SKPaintStyle.Stroke
                        ? new ShapeItem(shape, null, new Stroke(colour, Math.Max(0.1, paint.StrokeWidth * scale)), element)
                        : new ShapeItem(shape, colour, paint.Style == SKPaintStyle.StrokeAndFill ? new Stroke(colour, paint.StrokeWidth * scale) : null, element));
                    break;
            }
        }

        return items.ToImmutable();
    }

    /// <summary>The paint's colour flattened onto white paper; a gradient's first colour; null for nothing visible.</summary>
    private static Color? Colour(SKPaint paint)
    {
        var colour = paint.Shader switch
        {
            ColorShader solid => solid.Color,
            LinearGradientShader linear when linear.Colors is { Length: > 0 } stops => Bytes(stops[0]),
            RadialGradientShader radial when radial.Colors is { Length: > 0 } stops => Bytes(stops[0]),
            TwoPointConicalGradientShader conical when conical.Colors is { Length: > 0 } stops => Bytes(stops[0]),
            _ => paint.Color,
        };
        if (colour is not { } c || c.Alpha == 0)
        {
            return null;
        }

        byte Flatten(byte channel) => (byte)Math.Round(((channel * c.Alpha) + (255 * (255 - c.Alpha))) / 255.0);
        return new Color(Flatten(c.Red), Flatten(c.Green), Flatten(c.Blue));
    }

    private static SKColor Bytes(SKColorF colour)
    {
        static byte Channel(float value) => (byte)Math.Round(Math.Clamp(value, 0, 1) * 255);
        return new SKColor(Channel(colour.Red), Channel(colour.Green), Channel(colour.Blue), Channel(colour.Alpha));
    }

    private static ImmutableArray<PathSegment> Segments(SKPath path, Func<float, float, FramePoint> map)
    {
        var segments = ImmutableArray.CreateBuilder<PathSegment>();
        if (path.Commands is null)
        {
            return [];
        }

        var current = (X: 0f, Y: 0f);
        foreach (var command in path.Commands)
        {
            switch (command)
            {
                case MoveToPathCommand move:
                    segments.Add(PathSegment.MoveTo(map(move.X, move.Y)));
                    current = (move.X, move.Y);
                    break;
                case LineToPathCommand line:
                    segments.Add(PathSegment.LineTo(map(line.X, line.Y)));
                    current = (line.X, line.Y);
                    break;
                case CubicToPathCommand cubic:
                    segments.Add(PathSegment.CubicTo(map(cubic.X0, cubic.Y0), map(cubic.X1, cubic.Y1), map(cubic.X2, cubic.Y2)));
                    current = (cubic.X2, cubic.Y2);
                    break;
                case QuadToPathCommand quad:
                    // A quadratic's control point two thirds of the way from each end: the same curve as a cubic.
                    var c1 = (X: current.X + (2f / 3 * (quad.X0 - current.X)), Y: current.Y + (2f / 3 * (quad.Y0 - current.Y)));
                    var c2 = (X: quad.X1 + (2f / 3 * (quad.X0 - quad.X1)), Y: quad.Y1 + (2f / 3 * (quad.Y0 - quad.Y1)));
                    segments.Add(PathSegment.CubicTo(map(c1.X, c1.Y), map(c2.X, c2.Y), map(quad.X1, quad.Y1)));
                    current = (quad.X1, quad.Y1);
                    break;
                case ArcToPathCommand arc:
                    segments.Add(PathSegment.LineTo(map(arc.X, arc.Y)));
                    current = (arc.X, arc.Y);
                    break;
                case ClosePathCommand:
                    segments.Add(PathSegment.Close());
                    break;
                case AddRectPathCommand rect:
                    Rectangle(segments, rect.Rect, map);
                    break;
                case AddRoundRectPathCommand round:
                    Oval(segments, round.Rect, map, Math.Min(round.Rx, round.Rect.Width / 2), Math.Min(round.Ry, round.Rect.Height / 2));
                    break;
                case AddOvalPathCommand oval:
                    Oval(segments, oval.Rect, map, oval.Rect.Width / 2, oval.Rect.Height / 2);
                    break;
                case AddCirclePathCommand circle:
                    Oval(segments, new SKRect(circle.X - circle.Radius, circle.Y - circle.Radius, circle.X + circle.Radius, circle.Y + circle.Radius), map, circle.Radius, circle.Radius);
                    break;
                case AddPolyPathCommand poly when poly.Points is { Count: > 0 } points:
                    segments.Add(PathSegment.MoveTo(map(points[0].X, points[0].Y)));
                    foreach (var point in points.Skip(1))
                    {
                        segments.Add(PathSegment.LineTo(map(point.X, point.Y)));
                    }

                    if (poly.Close)
                    {
                        segments.Add(PathSegment.Close());
                    }

                    break;
            }
        }

        return segments.ToImmutable();
    }

    private static void Rectangle(ImmutableArray<PathSegment>.Builder segments, SKRect r, Func<float, float, FramePoint> map)
    {
        segments.Add(PathSegment.MoveTo(map(r.Left, r.Top)));
        segments.Add(PathSegment.LineTo(map(r.Right, r.Top)));
        segments.Add(PathSegment.LineTo(map(r.Right, r.Bottom)));
        segments.Add(PathSegment.LineTo(map(r.Left, r.Bottom)));
        segments.Add(PathSegment.Close());
    }

    /// <summary>A rectangle with elliptical corners of radii rx, ry: an oval when they are half its sides.</summary>
    private static void Oval(ImmutableArray<PathSegment>.Builder segments, SKRect r, Func<float, float, FramePoint> map, float rx, float ry)
    {
        if (rx <= 0 || ry <= 0)
        {
            Rectangle(segments, r, map);
            return;
        }

        var kx = rx * Kappa;
        var ky = ry * Kappa;
        segments.Add(PathSegment.MoveTo(map(r.Left + rx, r.Top)));
        segments.Add(PathSegment.LineTo(map(r.Right - rx, r.Top)));
        segments.Add(PathSegment.CubicTo(map(r.Right - rx + kx, r.Top), map(r.Right, r.Top + ry - ky), map(r.Right, r.Top + ry)));
        segments.Add(PathSegment.LineTo(map(r.Right, r.Bottom - ry)));
        segments.Add(PathSegment.CubicTo(map(r.Right, r.Bottom - ry + ky), map(r.Right - rx + kx, r.Bottom), map(r.Right - rx, r.Bottom)));
        segments.Add(PathSegment.LineTo(map(r.Left + rx, r.Bottom)));
        segments.Add(PathSegment.CubicTo(map(r.Left + rx - kx, r.Bottom), map(r.Left, r.Bottom - ry + ky), map(r.Left, r.Bottom - ry)));
        segments.Add(PathSegment.LineTo(map(r.Left, r.Top + ry)));
        segments.Add(PathSegment.CubicTo(map(r.Left, r.Top + ry - ky), map(r.Left + rx - kx, r.Top), map(r.Left + rx, r.Top)));
        segments.Add(PathSegment.Close());
    }
}
