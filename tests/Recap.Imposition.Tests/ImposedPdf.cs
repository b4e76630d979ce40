using System.Globalization;
using System.Text.RegularExpressions;
using Recap.Frames;
using Recap.Pdf;
using Recap.Testing;

namespace Recap.Imposition.Tests;

/// <summary>An imposed booklet written to a PDF file, read back with poppler's tools.</summary>
internal sealed partial class ImposedPdf(string path)
{
    public string Path { get; } = path;

    public static ImposedPdf Write(TempFolder folder, ImposedBooklet imposed, string name = "imposed.pdf")
    {
        using var stream = new MemoryStream();
        PdfExporter.Export(imposed.Document, TestBooklet.Fonts, new PdfOptions(), stream);
        return new ImposedPdf(folder.Write(name, stream.ToArray()));
    }

    /// <summary>Each side's media size in points, from pdfinfo.</summary>
    public IReadOnlyList<Size> SideSizes()
    {
        var result = ExternalTool.Run("pdfinfo", "-f", "1", "-l", "100000", Path);
        Assert.Equal(0, result.ExitCode);
        return [.. SizeLine().Matches(result.StdOut).Select(m => new Size(
            double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];
    }

    /// <summary>The words on one half of side <paramref name="side"/> (from 1), single-spaced: pdftotext cropped to that half.</summary>
    public string HalfText(int side, bool right, Size sheet)
    {
        var half = sheet.Width / 2;
        var x = right ? (int)Math.Ceiling(half) : 0;
        var text = ExternalTool.PdfToText(Path,
            "-f", Int(side), "-l", Int(side),
            "-x", Int(x), "-y", "0", "-W", Int((int)Math.Floor(half)), "-H", Int((int)Math.Ceiling(sheet.Height)));
        return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The embedded fonts' names, one per pdffonts row.</summary>
    public IReadOnlyList<string> FontNames()
    {
        var result = ExternalTool.Run("pdffonts", Path);
        Assert.Equal(0, result.ExitCode);
        return [.. result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(row => row.Split(' ')[0])];
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();
}
