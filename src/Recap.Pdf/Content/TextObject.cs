using Recap.Frames;
using Recap.Pdf.Fonts;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Content;

/// <summary>
/// The open text object of a page (BT … ET) and where its pen is. Consecutive glyph runs share
/// one text object; a run on the same baseline continues the current TJ array, moved into place by
/// an adjustment, so a line set word by word costs little more than one set in a single run, and
/// each new baseline is reached by a move from the last (Td), not a whole matrix (Tm).
/// Font, size and rise are only written when they change (they persist across text objects).
/// </summary>
internal sealed class TextObject(PdfBuffer content)
{
    // A ten-thousandth of the font size: 0.001 pt at 10 pt, far below what any device shows.
    private const double MinimumAdjust = 0.1;

    private bool _open;
    private bool _inArray;
    private bool _inString;
    private EmbeddedFont? _font;
    private double _size;
    private double _baseline = double.NaN;
    private double _pen;

    // Where the text line matrix puts its origin, in thousandths of a point: (0, 0) at BT, then each Td moves it.
    // Kept as the integers written, so a move is exact and the origin never drifts from where the reader has it.
    private long _lineX;
    private long _lineY;
    private double _rise;
    private double _scale = 1;

    /// <summary>
    /// Prepares to show glyphs of <paramref name="font"/> at <paramref name="size"/>, widened by
    /// <paramref name="scale"/> (PDF's horizontal scaling, Tz: font expansion), on the baseline at PDF y <paramref name="baseline"/>.
    /// </summary>
    public void Start(EmbeddedFont font, double size, double scale, double x, double baseline)
    {
        if (!_open)
        {
            content.Ascii("BT\n");
            _open = true;
            _baseline = double.NaN;
            (_lineX, _lineY) = (0, 0);
        }

        if (!ReferenceEquals(font, _font) || size != _size)
        {
            CloseArray();
            content.Byte((byte)'/').Ascii(font.ResourceName).Space().Number(size).Ascii(" Tf\n");
            _font = font;
            _size = size;
        }

        // Most runs are not expanded: 1 rounds to itself.
        scale = scale == 1 ? 1 : Math.Round(scale, 5);
        if (scale != _scale)
        {
            // Tz persists like Tf; it scales glyph widths and TJ adjustments, not Tm's positions.
            CloseArray();
            content.Number(scale * 100).Ascii(" Tz\n");
            _scale = scale;
        }

        baseline = Thousandths(baseline);
        if (baseline != _baseline)
        {
            CloseArray();
            _baseline = baseline;
            // A move from the last line's start (Td's operands are in unscaled text space: Tz and Tf do not touch them).
            var (lineX, lineY) = (PdfBuffer.ToThousandths(x), PdfBuffer.ToThousandths(baseline));
            content.Thousandths(lineX - _lineX).Space().Thousandths(lineY - _lineY).Ascii(" Td\n");
            (_lineX, _lineY) = (lineX, lineY);
            _pen = lineX / 1000.0;
        }
    }

    /// <summary>Shows one glyph whose origin is at absolute x <paramref name="x"/> and <paramref name="rise"/> above the baseline.</summary>
    public void Show(ushort glyph, double x, double rise)
    {
        var font = _font!;
        font.Use(glyph);
        // Most glyphs sit on the baseline: zero rounds to itself.
        rise = rise == 0 ? 0 : Math.Round(rise, 3);
        if (rise != _rise)
        {
            CloseArray();
            content.Number(rise).Ascii(" Ts\n");
            _rise = rise;
        }

        // A TJ number moves the pen left by thousandths of the font size, horizontally scaled. One under
        // MinimumAdjust is left out (a fifth of the text had one, from rounding in the advances): the pen
        // is tracked as the reader moves it, so what is left out never adds up past that.
        var adjust = Hundredths((_pen - x) * 1000 / (_size * _scale));
        if (Math.Abs(adjust) >= MinimumAdjust)
        {
            OpenArray();
            CloseString();
            content.Number(adjust);
            _pen -= adjust * _size * _scale / 1000;
        }

        OpenArray();
        if (!_inString)
        {
            content.Byte((byte)'(');
            _inString = true;
        }

        // The glyph id's two bytes as a literal string, not four hex digits: a third less to write and
        // to compress, 4 % off the file. Only the string's delimiters, its escape and line ends need escaping.
        var (high, low) = ((byte)(glyph >> 8), (byte)glyph);
        if (Plain(high) && Plain(low))
        {
            content.Byte(high).Byte(low);
        }
        else
        {
            StringByte(high);
            StringByte(low);
        }

        _pen += font.Width(glyph) * _size * _scale / 1000;
    }

    /// <summary>
    /// <c>Math.Round(value, 2)</c>, computed the way the runtime computes it (scaled by 100, rounded
    /// half to even, scaled back; values too large to hold hundredths unchanged), so the same
    /// digits come out, without its argument checks and table lookup: it runs once a glyph.
    /// </summary>
    private static double Hundredths(double value) => Math.Abs(value) < 1e16 ? Math.Round(value * 100) / 100 : value;

    /// <summary><c>Math.Round(value, 3)</c> the same way: once a glyph run.</summary>
    private static double Thousandths(double value) => Math.Abs(value) < 1e16 ? Math.Round(value * 1000) / 1000 : value;

    /// <summary>True for a byte that stands for itself in a literal string (most glyph id bytes).</summary>
    private static bool Plain(byte b) =>
        b > (byte)')' ? b != (byte)'\\' : b is not ((byte)'(' or (byte)')' or (byte)'\r' or (byte)'\n');

    private void StringByte(byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                content.Byte((byte)'\\').Byte(b);
                break;
            case (byte)'\r':
                // A raw carriage return in a literal string reads as a line feed.
                content.Byte((byte)'\\').Byte((byte)'r');
                break;
            case (byte)'\n':
                content.Byte((byte)'\\').Byte((byte)'n');
                break;
            default:
                content.Byte(b);
                break;
        }
    }

    /// <summary>Starts a span whose text replaces what its glyphs map to (ActualText).</summary>
    public void BeginActualText(ReadOnlySpan<char> text)
    {
        CloseArray();
        content.Ascii("/Span<</ActualText").Text(text.ToString()).Ascii(">>BDC\n");
    }

    public void EndActualText()
    {
        CloseArray();
        content.Ascii("EMC\n");
    }

    /// <summary>Closes the glyphs shown so far, before an operator that may stand inside a text object but not inside a TJ array (a colour change).</summary>
    public void Interrupt() => CloseArray();

    /// <summary>Ends the text object; needed before anything that is not text and before a marked-content boundary.</summary>
    public void End()
    {
        if (_open)
        {
            CloseArray();
            content.Ascii("ET\n");
            _open = false;
        }
    }

    private void OpenArray()
    {
        if (!_inArray)
        {
            content.Byte((byte)'[');
            _inArray = true;
        }
    }

    private void CloseString()
    {
        if (_inString)
        {
            content.Byte((byte)')');
            _inString = false;
        }
    }

    private void CloseArray()
    {
        CloseString();
        if (_inArray)
        {
            content.Ascii("]TJ\n");
            _inArray = false;
        }
    }
}
