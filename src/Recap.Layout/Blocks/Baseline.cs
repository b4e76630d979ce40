using Recap.Fonts;

namespace Recap.Layout.Blocks;

/// <summary>Where the baseline sits in a line of a given leading: the face's em box centred in the line.</summary>
internal static class Baseline
{
    public static double Of(FontFace face, double size, double leading)
    {
        var ascent = face.ToPoints(face.Ascender, size);
        var descent = face.ToPoints(-face.Descender, size);
        return ((leading - ascent - descent) / 2) + ascent;
    }
}
