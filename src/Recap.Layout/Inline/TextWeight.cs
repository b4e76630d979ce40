namespace Recap.Layout.Inline;

/// <summary>The weight of a paragraph's base face: body text is regular, headings medium or bold.</summary>
public enum TextWeight
{
    Regular,
    Medium,
    Bold,
}
