namespace Recap.Frames;

/// <summary>
/// A font face as frames name it: a small value in place of the face itself (a native HarfBuzz
/// handle), so frames stay plain values that can be dumped, compared and kept. The exporters look
/// the face up in the font book handed to them with the frames (<c>Recap.Fonts.FontBook</c>).
/// </summary>
public readonly record struct FaceId(int Value)
{
    public override string ToString() => $"f{Value}";
}
