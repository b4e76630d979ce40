namespace Recap.Raster.Tests;

/// <summary>A box of pixels, edges inclusive.</summary>
internal readonly record struct PixelBox(int Left, int Top, int Right, int Bottom)
{
    /// <summary>Whether every edge lies within <paramref name="tolerance"/> pixels of the other box's.</summary>
    public bool IsNear(PixelBox other, int tolerance) =>
        Math.Abs(Left - other.Left) <= tolerance && Math.Abs(Top - other.Top) <= tolerance
        && Math.Abs(Right - other.Right) <= tolerance && Math.Abs(Bottom - other.Bottom) <= tolerance;
}
