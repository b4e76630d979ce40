using System.Globalization;
using System.Text;
using Recap.Testing;

namespace Recap.Layout.Tests.Talks;

/// <summary>A PDF page as poppler draws it (pdftoppm), in 8-bit grey: what a phone's camera would see on paper.</summary>
public sealed record GrayPage(byte[] Pixels, int Width, int Height, double Dpi)
{
    public static GrayPage Render(string pdfPath, int page, double dpi, string folder)
    {
        var stem = Path.Combine(folder, $"page-{page}");
        var result = ExternalTool.Run("pdftoppm", "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-singlefile", pdfPath, stem);
        Assert.True(result.ExitCode == 0, result.All);
        return Read(File.ReadAllBytes(stem + ".pgm"), dpi);
    }

    /// <summary>The pixels under a rectangle given in points from the page's top-left, grown by <paramref name="margin"/> points.</summary>
    public GrayPage Crop(double left, double top, double right, double bottom, double margin)
    {
        var scale = Dpi / 72;
        var x0 = Math.Max(0, (int)((left - margin) * scale));
        var y0 = Math.Max(0, (int)((top - margin) * scale));
        var x1 = Math.Min(Width, (int)Math.Ceiling((right + margin) * scale));
        var y1 = Math.Min(Height, (int)Math.Ceiling((bottom + margin) * scale));
        var pixels = new byte[(x1 - x0) * (y1 - y0)];
        for (var y = y0; y < y1; y++)
        {
            Array.Copy(Pixels, (y * Width) + x0, pixels, (y - y0) * (x1 - x0), x1 - x0);
        }

        return new GrayPage(pixels, x1 - x0, y1 - y0, Dpi);
    }

    /// <summary>Binary PGM (P5): a header of magic, width, height and maximum, then one byte a pixel.</summary>
    private static GrayPage Read(byte[] pgm, double dpi)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(pgm, start, position - start);
        }

        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        position++; // the one whitespace byte before the pixels
        return new GrayPage(pgm[position..(position + (width * height))], width, height, dpi);
    }
}
