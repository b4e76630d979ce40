namespace Recap.Fonts;

/// <summary>A stretch of text (UTF-16 start and length) that one face of a <see cref="FontChain"/> draws.</summary>
public readonly record struct FaceRun(FontFace Face, int Start, int Length);
