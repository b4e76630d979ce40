using System.Collections.Immutable;
using QRCoder;
using Recap.Frames;

namespace Recap.Layout.Talks;

/// <summary>
/// A QR code's modules, encoded by QRCoder with error correction M (a scuffed or folded page still
/// reads), drawn as vector rectangles: one per run of dark modules in a row, so the symbol is sharp
/// at any zoom and printer and costs a few hundred bytes.
/// </summary>
internal sealed class QrSymbol
{
    /// <summary>ISO/IEC 18004 asks for four light modules around the symbol.</summary>
    public const int QuietZone = 4;

    private readonly bool[][] _rows;

    private QrSymbol(bool[][] rows) => _rows = rows;

    /// <summary>Modules across, without the quiet zone.</summary>
    public int Modules => _rows.Length;

    /// <summary>Modules across, with the quiet zone on both sides.</summary>
    public int ModulesWithQuietZone => Modules + (2 * QuietZone);

    public static QrSymbol Encode(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;

        // QRCoder's matrix carries its own quiet zone: cut it off, so ours is the one measured.
        var symbolSize = 17 + (4 * data.Version);
        var margin = (matrix.Count - symbolSize) / 2;
        var rows = new bool[symbolSize][];
        for (var y = 0; y < symbolSize; y++)
        {
            rows[y] = new bool[symbolSize];
            for (var x = 0; x < symbolSize; x++)
            {
                rows[y][x] = matrix[y + margin][x + margin];
            }
        }

        return new QrSymbol(rows);
    }

    /// <summary>The dark modules as one path, the symbol's top-left module at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public ShapePath Path(double x, double y, double module)
    {
        var segments = ImmutableArray.CreateBuilder<PathSegment>();
        for (var row = 0; row < Modules; row++)
        {
            for (var column = 0; column < Modules;)
            {
                if (!_rows[row][column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < Modules && _rows[row][column])
                {
                    column++;
                }

                segments.AddRange(ShapePath.Rectangle(new Rect(x + (start * module), y + (row * module), (column - start) * module, module)).Segments);
            }
        }

        return new ShapePath(segments.ToImmutable());
    }
}
