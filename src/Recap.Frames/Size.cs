namespace Recap.Frames;

/// <summary>A width and height in points.</summary>
public readonly record struct Size(double Width, double Height)
{
    /// <summary>ISO A5 portrait, 148 × 210 mm.</summary>
    public static Size A5 { get; } = new(419.53, 595.28);

    /// <summary>ISO A4 portrait, 210 × 297 mm.</summary>
    public static Size A4 { get; } = new(595.28, 841.89);
}
