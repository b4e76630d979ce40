using Recap.Fonts;
using Recap.Layout.Styles;

namespace Recap.Layout.Inline;

/// <summary>Which chain of the theme sets text of a paragraph's weight with strong and emphasis applied.</summary>
internal static class WeightedChains
{
    /// <summary>Regular text takes the four body chains; medium text (headings) turns bold under strong; bold stays bold.</summary>
    public static FontChain For(ThemeFonts fonts, TextWeight weight, bool bold, bool italic) => weight switch
    {
        TextWeight.Bold => fonts.For(true, italic),
        TextWeight.Medium when !bold => italic ? fonts.Italic : fonts.Medium,
        _ => fonts.For(bold, italic),
    };
}
