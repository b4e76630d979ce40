using Recap.Frames;

namespace Recap.Raster;

/// <summary>The size and background of a share card, in pixels; the page sits centred within <paramref name="Margin"/>.</summary>
public sealed record ShareCard(int Width, int Height, Color Background, int Margin)
{
    /// <summary>1200 × 630: the link-preview size Open Graph and most social sites crop to.</summary>
    public static ShareCard LinkPreview(Color background) => new(1200, 630, background, 45);
}
