namespace Recap.Pdf.Objects;

/// <summary>
/// The cross-reference stream that replaces the xref table and trailer (PDF 1.7, 7.5.8): one fixed-width
/// row per object, each row stored as the difference from the row above (the PNG "Up" predictor),
/// so the mostly increasing offsets deflate to a few bytes a row.
/// </summary>
internal static class XrefStream
{
    private const byte PngUp = 2;

    /// <summary>The rows, predicted, and the /W widths they use: type, location, index.</summary>
    public static (byte[] Rows, int LocationWidth) Encode(IReadOnlyList<XrefEntry> entries)
    {
        var largest = entries.Max(e => e.Location);
        var width = 1;
        while (width < 8 && largest >> (8 * width) != 0)
        {
            width++;
        }

        var columns = 1 + width + 2;
        var raw = new byte[entries.Count * columns];
        for (var row = 0; row < entries.Count; row++)
        {
            var entry = entries[row];
            var at = row * columns;
            raw[at] = (byte)entry.Type;
            for (var b = 0; b < width; b++)
            {
                raw[at + 1 + b] = (byte)(entry.Location >> (8 * (width - 1 - b)));
            }

            raw[at + 1 + width] = (byte)(entry.Index >> 8);
            raw[at + 2 + width] = (byte)entry.Index;
        }

        var predicted = new byte[entries.Count * (columns + 1)];
        for (var row = 0; row < entries.Count; row++)
        {
            predicted[row * (columns + 1)] = PngUp;
            for (var c = 0; c < columns; c++)
            {
                var above = row == 0 ? 0 : raw[((row - 1) * columns) + c];
                predicted[(row * (columns + 1)) + 1 + c] = (byte)(raw[(row * columns) + c] - above);
            }
        }

        return (predicted, width);
    }
}
