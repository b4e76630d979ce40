using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Recap.Markdown.Images;

/// <summary>
/// Rewrites an SVG picture keeping only what an allow-list names: static drawing elements and their
/// presentation attributes. Scripts, event attributes (<c>onload=</c>), <c>foreignObject</c>, style
/// sheets, animation, and every reference that leaves the picture (<c>href</c> other than <c>#id</c>
/// or an embedded raster <c>data:</c> picture, <c>url(…)</c> other than <c>url(#id)</c>) are
/// dropped; a DOCTYPE is dropped and an entity it declares refuses the picture. What comes out is
/// written afresh from the parsed tree, never copied, so it is well-formed and as safe in any
/// reader as its parts. Shared by every output that takes SVG (the ebook now, the booklet later).
/// </summary>
public static partial class SvgCleaner
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker", "image",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feFlood", "feFuncA", "feFuncB",
        "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset",
        "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "id", "class", "style", "lang", "transform", "viewBox", "preserveAspectRatio", "width", "height", "x", "y",
        "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength",
        "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
        "offset", "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits",
        "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "markerUnits", "markerWidth",
        "markerHeight", "refX", "refY", "orient", "filterUnits", "primitiveUnits", "in", "in2", "result",
        "mode", "type", "values", "operator", "k1", "k2", "k3", "k4", "stdDeviation", "edgeMode", "order",
        "kernelMatrix", "divisor", "bias", "targetX", "targetY", "preserveAlpha", "surfaceScale",
        "diffuseConstant", "specularConstant", "specularExponent", "kernelUnitLength", "scale",
        "xChannelSelector", "yChannelSelector", "radius", "baseFrequency", "numOctaves", "seed", "stitchTiles",
        "azimuth", "elevation", "z", "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle",
        "tableValues", "slope", "intercept", "amplitude", "exponent", "href", "version", "baseProfile",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity",
        "color", "display", "visibility", "overflow", "clip", "clip-path", "clip-rule", "mask", "filter",
        "marker-start", "marker-mid", "marker-end", "stop-color", "stop-opacity", "flood-color",
        "flood-opacity", "lighting-color", "color-interpolation", "color-interpolation-filters",
        "font-family", "font-size", "font-style", "font-weight", "font-variant", "font-stretch",
        "text-anchor", "text-decoration", "dominant-baseline", "alignment-baseline", "baseline-shift",
        "letter-spacing", "word-spacing", "writing-mode", "direction", "unicode-bidi",
        "shape-rendering", "text-rendering", "image-rendering", "vector-effect", "paint-order", "mix-blend-mode",
    };

    /// <returns>The cleaned picture (UTF-8, no DOCTYPE) and what was removed; null when it is not well-formed SVG.</returns>
    public static (byte[] Bytes, IReadOnlyList<string> Removed)? Clean(byte[] svg)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, // a DOCTYPE is skipped; a reference to an entity it declares then fails
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
            MaxCharactersFromEntities = 0,
        };
        var output = new MemoryStream();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg), settings);
            using var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace)
            {
                return null;
            }

            writer.WriteStartDocument();
            Copy(reader, writer, removed);
            writer.WriteEndDocument();
        }
        catch (XmlException)
        {
            return null;
        }

        return (output.ToArray(), [.. removed]);
    }

    /// <summary>Copies the element the reader is on and what it holds, one node at a time (no recursion: nesting cannot overflow the stack).</summary>
    private static void Copy(XmlReader reader, XmlWriter writer, SortedSet<string> removed)
    {
        var skipDepth = -1; // inside a dropped element: everything down to its end goes too
        var textElements = new Stack<bool>(); // whether each open kept element may hold text
        do
        {
            if (skipDepth >= 0)
            {
                if (reader.Depth == skipDepth && (reader.NodeType == XmlNodeType.EndElement || reader.IsEmptyElement))
                {
                    skipDepth = -1;
                }

                continue;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.NamespaceURI != SvgNamespace || !Elements.Contains(reader.LocalName))
                    {
                        removed.Add($"<{reader.Name}>");
                        if (!reader.IsEmptyElement)
                        {
                            skipDepth = reader.Depth;
                        }

                        break;
                    }

                    var empty = reader.IsEmptyElement;
                    writer.WriteStartElement(reader.LocalName, SvgNamespace);
                    CopyAttributes(reader, writer, removed);
                    if (empty)
                    {
                        writer.WriteEndElement();
                    }
                    else
                    {
                        textElements.Push(reader.LocalName is "text" or "tspan" or "textPath" or "title" or "desc");
                    }

                    break;
                case XmlNodeType.EndElement:
                    textElements.Pop();
                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (textElements.TryPeek(out var holdsText) && holdsText)
                    {
                        writer.WriteString(reader.Value);
                    }

                    break;
                case XmlNodeType.EntityReference:
                    throw new XmlException("entity references are not accepted");
            }
        }
        while (reader.Read() && (textElements.Count > 0 || skipDepth >= 0));
    }

    private static void CopyAttributes(XmlReader reader, XmlWriter writer, SortedSet<string> removed)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var (space, name, value) = (reader.NamespaceURI, reader.LocalName, reader.Value);
            if (space == "http://www.w3.org/2000/xmlns/")
            {
                continue; // the writer declares the namespaces it uses
            }

            if (space == XmlNamespace && name is "lang" or "space")
            {
                writer.WriteAttributeString("xml", name, XmlNamespace, value);
            }
            else if (name == "href" && (space is "" or XlinkNamespace) && IsSafeReference(value))
            {
                writer.WriteAttributeString("xlink", "href", XlinkNamespace, value);
            }
            else if (space == "" && name != "href" && Attributes.Contains(name) && !LeavesThePicture(value))
            {
                writer.WriteAttributeString(name, value);
            }
            else
            {
                removed.Add(reader.Name + "=");
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    /// <summary>A fragment of this picture, or a raster picture embedded in it.</summary>
    private static bool IsSafeReference(string value) =>
        value.StartsWith('#') || EmbeddedRaster().IsMatch(value);

    /// <summary>A <c>url(…)</c> to anything but a fragment, or a style sheet import: either would fetch from elsewhere.</summary>
    private static bool LeavesThePicture(string value) =>
        value.Contains("@import", StringComparison.OrdinalIgnoreCase)
        || value.Contains('\\', StringComparison.Ordinal) // CSS escapes could spell url( in disguise
        || ExternalUrl().IsMatch(value);

    [GeneratedRegex(@"^data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*$")]
    private static partial Regex EmbeddedRaster();

    [GeneratedRegex(@"url\s*\(\s*['""]?\s*[^'""#\s)]", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
