using Recap.Frames;

namespace Recap.Pdf.Content;

/// <summary>Draws a path: filled, stroked or both.</summary>
internal static class ShapeDrawer
{
    /// <param name="offsets">The groups around the shape, to place its points on the page.</param>
    public static void Draw(PageContext page, ShapeItem shape, GroupOffsets offsets)
    {
        if (shape.Fill is null && shape.Stroke is null)
        {
            return;
        }

        if (shape.Fill is { } fill)
        {
            page.SetFill(fill);
        }

        if (shape.Stroke is { } stroke)
        {
            page.SetStroke(stroke.Color, stroke.Width);
        }

        var content = page.Content;
        foreach (var segment in shape.Path.Segments)
        {
            switch (segment.Kind)
            {
                case PathSegmentKind.MoveTo:
                    Point(page, offsets, segment.To).Ascii(" m\n");
                    break;
                case PathSegmentKind.LineTo:
                    Point(page, offsets, segment.To).Ascii(" l\n");
                    break;
                case PathSegmentKind.CubicTo:
                    Point(page, offsets, segment.Control1).Space();
                    Point(page, offsets, segment.Control2).Space();
                    Point(page, offsets, segment.To).Ascii(" c\n");
                    break;
                case PathSegmentKind.Close:
                    content.Ascii("h\n");
                    break;
            }
        }

        content.Ascii((shape.Fill, shape.Stroke) switch
        {
            (not null, not null) => "B\n",
            (not null, null) => "f\n",
            _ => "S\n",
        });
    }

    private static Objects.PdfBuffer Point(PageContext page, GroupOffsets offsets, Point point)
    {
        var moved = offsets.Move(point);
        return page.Content.Number(moved.X).Space().Number(page.PdfY(moved.Y));
    }
}
