using System.Globalization;

namespace Recap.Theming;

/// <summary>Reads theme lengths: <c>10pt</c>, <c>15mm</c>, or <c>1.2em</c> (relative to a size the caller gives).</summary>
public static class Length
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public static double Parse(string text, double em = 0)
    {
        var value = text.Trim();
        var (number, factor) = value switch
        {
            _ when value.EndsWith("mm", StringComparison.Ordinal) => (value[..^2], PointsPerMillimetre),
            _ when value.EndsWith("pt", StringComparison.Ordinal) => (value[..^2], 1.0),
            _ when value.EndsWith("em", StringComparison.Ordinal) => (value[..^2], em),
            _ => (value, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            throw new FormatException($"not a length: '{text}' (write e.g. 10pt, 15mm or 1.2em)");
        }

        return parsed * factor;
    }
}
