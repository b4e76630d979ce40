using System.Globalization;
using Recap.Frames;

namespace Recap.Imposition;

/// <summary>Names paper sizes for the note shown to the user: "A4", "letter", or the size in millimetres.</summary>
internal static class PaperNames
{
    private static readonly (Size Size, string Name)[] Known =
    [
        (Size.A5, "A5"), (Size.A4, "A4"), (Size.A3, "A3"),
        (Size.HalfLetter, "half-letter"), (Size.Letter, "letter"), (Size.Tabloid, "tabloid"),
    ];

    public static string Name(Size size)
    {
        var portrait = size.Width <= size.Height ? size : new Size(size.Height, size.Width);
        foreach (var (known, name) in Known)
        {
            if (Same(portrait, known))
            {
                return name;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{portrait.Width / Millimetre:0} × {portrait.Height / Millimetre:0} mm");
    }

    /// <summary>Equal to within half a point: sizes given in millimetres round differently.</summary>
    public static bool Same(Size a, Size b) => Math.Abs(a.Width - b.Width) < 0.5 && Math.Abs(a.Height - b.Height) < 0.5;

    private const double Millimetre = 72 / 25.4;
}
