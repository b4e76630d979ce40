using System.Globalization;

namespace Recap.Frames;

/// <summary>An sRGB colour, 8 bits a channel.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black { get; } = new(0, 0, 0);

    public static Color White { get; } = new(255, 255, 255);

    /// <summary>Parses <c>#rrggbb</c> (the leading # is optional).</summary>
    public static Color FromHex(string hex)
    {
        var digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"not a #rrggbb colour: {hex}");
        }

        return new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
