using System.Diagnostics;
using System.Globalization;
using Recap.Fonts;
using Recap.Frames;
using Recap.Publishing.Output;
using Recap.Raster;

namespace Recap.Publishing.Previewing;

/// <summary>
/// <c>--preview</c>: the booklet's pages as PNG pictures (<c>page-001.png</c>, … at
/// <see cref="PageRasterizer.ScreenDpi"/>, so they show at print size on screen) and a share card
/// of the cover, drawn from the same frames as the PDF.
/// </summary>
/// <param name="fonts">The faces the pages name.</param>
/// <param name="accent">The theme's accent colour: the card's background is a pale tint of it.</param>
public sealed class PreviewWriter(PagedDocument document, FontBook fonts, Color accent) : IDisposable
{
    private readonly PageRasterizer _rasterizer = new(fonts);

    /// <summary>Stages every page into <paramref name="folder"/>, which the commit replaces as a whole.</summary>
    /// <returns>The summary line: folder, pages, size, time taken.</returns>
    public string WritePages(string folder, OutputTransaction transaction)
    {
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        transaction.StageFolder(folder, temporary =>
        {
            Parallel.For(0, document.Pages.Length, i =>
            {
                using var file = File.Create(Path.Combine(temporary, PageFileName(i + 1)));
                _rasterizer.WritePng(document.Pages[i], PageRasterizer.ScreenDpi, file);
            });
            bytes = Directory.EnumerateFiles(temporary).Sum(file => new FileInfo(file).Length);
        });
        return $"{folder}{Path.DirectorySeparatorChar}  {document.Pages.Length} pages  {ByteSize.Format(bytes)}  {clock.ElapsedMilliseconds} ms";
    }

    /// <summary>The cover (page 1) as a link-preview card on a tint of the theme's accent.</summary>
    public void WriteCover(Stream output) =>
        _rasterizer.WriteCard(document.Pages[0], ShareCard.LinkPreview(Tint(accent, 0.15)), output);

    public void Dispose() => _rasterizer.Dispose();

    // Pale, so a cover printed in the accent itself still stands out from the card.
    private static Color Tint(Color color, double strength)
    {
        static byte Mix(byte channel, double strength) => (byte)Math.Round(255 - ((255 - channel) * strength));
        return new Color(Mix(color.R, strength), Mix(color.G, strength), Mix(color.B, strength));
    }

    /// <summary>Numbered with three digits so names sort in page order.</summary>
    public static string PageFileName(int pageNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"page-{pageNumber:000}.png");
}
