using Recap.Fonts;
using Recap.Frames;

namespace Recap.Raster;

/// <summary>
/// The ebook's cover picture: the booklet's cover page, the same frame the PDF prints, drawn
/// <see cref="Width"/> pixels across (Apple asks for at least 1,400; Kobo suggests 1,600), so the
/// ebook and the booklet show one design in the theme's colours and faces, date included.
/// </summary>
public static class EbookCover
{
    public const int Width = 1600;

    /// <returns>An opaque PNG, with a palette when the cover is flat colour (it is mailed with the ebook), the same bytes for the same page.</returns>
    public static byte[] Draw(Page cover, FontBook fonts)
    {
        using var rasterizer = new PageRasterizer(fonts);
        using var png = new MemoryStream();
        rasterizer.WriteIndexedPng(cover, Width * 72 / cover.Size.Width, png);
        return png.ToArray();
    }
}
