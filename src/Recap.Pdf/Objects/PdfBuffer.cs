using System.Globalization;
using System.Text;

namespace Recap.Pdf.Objects;

/// <summary>
/// A growable byte buffer with writers for PDF's lexical pieces: numbers, names, strings, hex glyph
/// codes. Used for content streams and for object bodies. Numbers have at most three decimals and
/// no exponent, so equal input gives equal bytes.
/// </summary>
internal sealed class PdfBuffer
{
    private static readonly byte[] HexDigits = "0123456789ABCDEF"u8.ToArray();
    private byte[] _bytes;

    public PdfBuffer(int capacity = 4096)
    {
        _bytes = new byte[capacity];
    }

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>ASCII text written as is (operators, keywords, dictionary syntax).</summary>
    public PdfBuffer Ascii(string text)
    {
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        Length += text.Length;
        return this;
    }

    public PdfBuffer Byte(byte value)
    {
        // Called for most bytes of a content stream: the common case stays a store and a compare.
        var bytes = _bytes;
        var length = Length;
        if ((uint)length < (uint)bytes.Length)
        {
            bytes[length] = value;
            Length = length + 1;
            return this;
        }

        Reserve(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBuffer Space() => Byte((byte)' ');

    public PdfBuffer Line() => Byte((byte)'\n');

    public PdfBuffer Int(long value)
    {
        if (value < 0)
        {
            value.TryFormat(Reserve(20), out var written, default, CultureInfo.InvariantCulture);
            Length += written;
            return this;
        }

        // Ids, lengths and the whole part of every coordinate: digits written directly, without the
        // general formatter's culture and format handling.
        var digits = 1;
        for (var rest = value / 10; rest != 0; rest /= 10)
        {
            digits++;
        }

        var span = Reserve(digits);
        for (var i = digits - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        Length += digits;
        return this;
    }

    /// <summary>A real number rounded to three decimals, without trailing zeros or exponent.</summary>
    public PdfBuffer Number(double value) => Thousandths(ToThousandths(value));

    /// <summary>The thousandths <see cref="Number"/> writes <paramref name="value"/> as: an integer, so exact, fast, and the same digits on every machine.</summary>
    public static long ToThousandths(double value) => (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);

    /// <summary>A number given in thousandths, written as <see cref="Number"/> writes it.</summary>
    public PdfBuffer Thousandths(long thousandths)
    {
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }

        Int(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            Byte((byte)'.').Byte((byte)('0' + (fraction / 100)));
            fraction %= 100;
            if (fraction != 0)
            {
                Byte((byte)('0' + (fraction / 10)));
                fraction %= 10;
                if (fraction != 0)
                {
                    Byte((byte)('0' + fraction));
                }
            }
        }

        return this;
    }

    /// <summary>An object reference, <c>12 0 R</c>.</summary>
    public PdfBuffer Ref(int id) => Int(id).Ascii(" 0 R");

    /// <summary>A name, <c>/Name</c>, escaping what names may not hold.</summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        // Names are short (structure types, resources, fonts): encoded on the stack, not in an array each.
        var utf8 = name.Length <= 128 ? stackalloc byte[name.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(name.Length)];
        foreach (var b in utf8[..Encoding.UTF8.GetBytes(name, utf8)])
        {
            if (b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')
            {
                Byte((byte)'#').Byte(HexDigits[b >> 4]).Byte(HexDigits[b & 0xF]);
            }
            else
            {
                Byte(b);
            }
        }

        return this;
    }

    /// <summary>
    /// A text string: printable ASCII as a literal string, anything else as UTF-16BE with a byte order
    /// mark in hex, which every reader decodes the same way.
    /// </summary>
    public PdfBuffer Text(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return Utf16Hex(text, withBom: true);
            }
        }

        Byte((byte)'(');
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
            {
                Byte((byte)'\\');
            }

            Byte((byte)c);
        }

        return Byte((byte)')');
    }

    /// <summary>A string in UTF-16BE as hex, e.g. for ToUnicode targets.</summary>
    public PdfBuffer Utf16Hex(ReadOnlySpan<char> text, bool withBom)
    {
        Byte((byte)'<');
        if (withBom)
        {
            Ascii("FEFF");
        }

        foreach (var c in text)
        {
            Hex16(c);
        }

        return Byte((byte)'>');
    }

    /// <summary>Four hex digits: a two-byte glyph code in an Identity-H string.</summary>
    public PdfBuffer Hex16(int value)
    {
        var span = Reserve(4);
        span[0] = HexDigits[(value >> 12) & 0xF];
        span[1] = HexDigits[(value >> 8) & 0xF];
        span[2] = HexDigits[(value >> 4) & 0xF];
        span[3] = HexDigits[value & 0xF];
        Length += 4;
        return this;
    }

    public PdfBuffer HexBytes(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'<');
        foreach (var b in bytes)
        {
            Byte(HexDigits[b >> 4]).Byte(HexDigits[b & 0xF]);
        }

        return Byte((byte)'>');
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length);
    }
}
