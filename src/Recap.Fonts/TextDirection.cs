namespace Recap.Fonts;

/// <summary>The direction a run of text is shaped in; glyphs always come out in visual (left-to-right) order.</summary>
public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}
