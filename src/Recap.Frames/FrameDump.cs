using System.Globalization;
using System.Text;

namespace Recap.Frames;

/// <summary>
/// Frames and the structure tree as plain text, one item a line, for tests and snapshot files to
/// compare (as pandoc's native format does for its AST): positions in points to two decimals,
/// colours as #rrggbb, each item's structure element as <c>@eN</c>, numbered in the tree's
/// reading order and listed after the pages. Page furniture (no element) shows no <c>@</c>.
/// </summary>
public static class FrameDump
{
    /// <param name="faceName">How a face is named (its PostScript name, from the font book); its id when not given.</param>
    public static string Write(PagedDocument document, Func<FaceId, string>? faceName = null)
    {
        var ids = new Dictionary<StructureElement, int>(ReferenceEqualityComparer.Instance);
        Number(document.Structure, ids);
        var text = new StringBuilder();
        for (var i = 0; i < document.Pages.Length; i++)
        {
            WritePage(text, document.Pages[i], $"page {i + 1}", "", ids, faceName);
        }

        text.Append("structure\n");
        WriteElement(text, document.Structure, "  ", ids);
        return text.ToString();
    }

    /// <summary>One page alone; elements are numbered in the order the page first names them.</summary>
    public static string Write(Page page, Func<FaceId, string>? faceName = null)
    {
        var text = new StringBuilder();
        WritePage(text, page, "page", "", new Dictionary<StructureElement, int>(ReferenceEqualityComparer.Instance), faceName);
        return text.ToString();
    }

    private static void WritePage(StringBuilder text, Page page, string title, string indent, Dictionary<StructureElement, int> ids, Func<FaceId, string>? faceName)
    {
        text.Append(Line($"{indent}{title} {Num(page.Size.Width)}x{Num(page.Size.Height)}{(page.Label is { } label ? $" \"{label}\"" : "")}"));
        var writer = new ItemWriter(text, indent + "  ", ids, faceName);
        foreach (var item in page.Items)
        {
            item.Accept(writer);
        }
    }

    /// <summary>One line an item; a group's items, and a line's runs and items, follow it, indented.</summary>
    private sealed class ItemWriter(StringBuilder text, string indent, Dictionary<StructureElement, int> ids, Func<FaceId, string>? faceName) : IFrameItemVisitor
    {
        public void Visit(GlyphRunItem run) => Write(run.Run);

        public void Visit(TextLineItem line)
        {
            text.Append(Line($"{indent}line {At(line.Origin)}"));
            var inner = new ItemWriter(text, indent + "  ", ids, faceName);
            foreach (var run in line.Runs)
            {
                inner.Write(run);
            }

            foreach (var item in line.Items)
            {
                item.Accept(inner);
            }
        }

        public void Visit(ShapeItem shape)
        {
            var fill = shape.Fill is { } colour ? $" fill {Hex(colour)}" : "";
            var stroke = shape.Stroke is { } pen ? $" stroke {Hex(pen.Color)} {Num(pen.Width)}" : "";
            text.Append(Line($"{indent}shape {Path(shape.Path)}{fill}{stroke}{Tag(shape.Element, ids)}"));
        }

        public void Visit(ImageItem image) =>
            text.Append(Line($"{indent}image {Box(image.Bounds)} {image.Image.MediaType} {image.Image.Bytes.Length} bytes{Tag(image.Element, ids)}"));

        public void Visit(LinkItem link)
        {
            var target = link.Target.Match(uri => uri.Uri, destination => "#" + destination.Name);
            text.Append(Line($"{indent}link {Box(link.Area)} -> {target}{Tag(link.Element, ids)}"));
        }

        public void Visit(DestinationItem destination) =>
            text.Append(Line($"{indent}destination {At(destination.Position)} {destination.Name}"));

        public void Visit(PlacedPageItem placed) =>
            WritePage(text, placed.Page, $"placed {At(placed.Origin)} x{Num(placed.Scale)}", indent, ids, faceName);

        public void Visit(GroupItem group)
        {
            text.Append(Line($"{indent}group {At(group.Offset)}{(group.Clip is { } clip ? $" clip {Box(clip)}" : "")}"));
            var inner = new ItemWriter(text, indent + "  ", ids, faceName);
            foreach (var item in group.Items)
            {
                item.Accept(inner);
            }
        }

        private void Write(GlyphRun run)
        {
            var face = faceName?.Invoke(run.Face) ?? run.Face.ToString();
            text.Append(Line($"{indent}text {At(run.Origin)} {face} {Num(run.Size)} {Hex(run.Color)} {Quote(run.Text)}{Tag(run.Element, ids)}"));
        }
    }

    private static void Number(StructureElement element, Dictionary<StructureElement, int> ids)
    {
        ids[element] = ids.Count + 1;
        foreach (var child in element.Children)
        {
            Number(child, ids);
        }
    }

    private static void WriteElement(StringBuilder text, StructureElement element, string indent, Dictionary<StructureElement, int> ids)
    {
        var alt = element.AltText is { } altText ? $" alt={Quote(altText)}" : "";
        var language = element.Language is { } tag ? $" lang={tag}" : "";
        text.Append(Line($"{indent}e{ids[element]} {element.Kind}{alt}{language}"));
        foreach (var child in element.Children)
        {
            WriteElement(text, child, indent + "  ", ids);
        }
    }

    private static string Tag(StructureElement? element, Dictionary<StructureElement, int> ids)
    {
        if (element is null)
        {
            return "";
        }

        if (!ids.TryGetValue(element, out var id))
        {
            id = ids[element] = ids.Count + 1;
        }

        return $" @e{id}";
    }

    private static string Path(ShapePath path) => string.Join(" ", path.Segments.Select(segment => segment.Kind switch
    {
        PathSegmentKind.MoveTo => "M " + At(segment.To),
        PathSegmentKind.LineTo => "L " + At(segment.To),
        PathSegmentKind.CubicTo => $"C {At(segment.Control1)} {At(segment.Control2)} {At(segment.To)}",
        PathSegmentKind.Close => "Z",
        _ => throw new NotSupportedException($"no dump for a {segment.Kind} segment"),
    }));

    private static string Line(string text) => text + "\n";

    private static string At(Point point) => $"{Num(point.X)},{Num(point.Y)}";

    private static string Box(Rect rect) => $"{At(new Point(rect.X, rect.Y))} {Num(rect.Width)}x{Num(rect.Height)}";

    private static string Num(double value) => (Math.Round(value, 2) + 0.0).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Hex(Color color) => string.Create(CultureInfo.InvariantCulture, $"#{color.R:x2}{color.G:x2}{color.B:x2}");

    // Quoted so that spaces at a run's ends show; quotes, backslashes and controls escaped.
    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
