namespace Recap.Frames;

/// <summary>How a shape's outline is drawn: colour and line width in points.</summary>
public readonly record struct Stroke(Color Color, double Width);
