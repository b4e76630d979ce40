namespace Recap.Frames;

/// <summary>A width and height in points.</summary>
public readonly record struct Size(double Width, double Height)
{
    /// <summary>ISO A5 portrait, 148 × 210 mm.</summary>
    public static Size A5 { get; } = new(419.53, 595.28);

    /// <summary>ISO A4 portrait, 210 × 297 mm.</summary>
    public static Size A4 { get; } = new(595.28, 841.89);

    /// <summary>ISO A3 portrait, 297 × 420 mm.</summary>
    public static Size A3 { get; } = new(841.89, 1190.55);

    /// <summary>US half letter (statement) portrait, 5.5 × 8.5 in.</summary>
    public static Size HalfLetter { get; } = new(396, 612);

    /// <summary>US letter portrait, 8.5 × 11 in.</summary>
    public static Size Letter { get; } = new(612, 792);

    /// <summary>US tabloid (ledger) portrait, 11 × 17 in.</summary>
    public static Size Tabloid { get; } = new(792, 1224);

    /// <summary>The same paper turned to landscape: the longer side across.</summary>
    public Size Landscape => Width >= Height ? this : new(Height, Width);
}
