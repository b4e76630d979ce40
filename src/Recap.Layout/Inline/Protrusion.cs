using Recap.Fonts;
using Recap.Layout.Styles;

namespace Recap.Layout.Inline;

/// <summary>
/// Character protrusion as pdfTeX does it (H. T. Thành 2000; R. Schlicht, The microtype package,
/// §5.1): the first character of a justified line hangs into the left margin and the last (or
/// the added hyphen) into the right, each by the share of its width its face's table in the
/// theme gives, so punctuation does not dent the margins. Applied after breaking, as
/// \pdfprotrudechars=1: the line is set that much wider and starts that much to the left.
/// </summary>
internal sealed class Protrusion(Microtype microtype, MeasureCache measures)
{
    /// <summary>How far the first character of the line [start, end] hangs into the left margin, and its last one (or its hyphen) into the right.</summary>
    public (double Left, double Right) Of(PreparedParagraph prepared, int start, int end)
    {
        // The boxes at the line's edges; an indent box (no piece) hangs nothing.
        int first = -1, last = -1;
        for (var i = start; i < end; i++)
        {
            if (prepared.Items[i].Kind == ItemKind.Box)
            {
                first = prepared.PieceOf[i];
                break;
            }
        }

        for (var i = end - 1; i >= start; i--)
        {
            if (prepared.Items[i].Kind == ItemKind.Box)
            {
                last = prepared.PieceOf[i];
                break;
            }
        }

        if (first < 0 || last < 0)
        {
            return (0, 0);
        }

        return Of(prepared.Pieces[first], prepared.Pieces[last], prepared.Items[end]);
    }

    private (double Left, double Right) Of(in Piece first, in Piece last, Item breakItem)
    {
        if (first.FootnoteId is not null || first.Direction != TextDirection.LeftToRight || last.Direction != TextDirection.LeftToRight)
        {
            return (0, 0);
        }

        var hyphen = breakItem.Kind == ItemKind.Penalty && breakItem.Width > 0;
        var lastChar = hyphen ? '-' : last.FootnoteId is null ? last.Text[^1] : '\0';
        var lastFace = hyphen && !last.Face.HasGlyph('-') ? last.Style.Fonts.Primary : last.Face;
        return (Hang(first.Face, first.Style.Size, first.Text[0], left: true), Hang(lastFace, last.Style.Size, lastChar, left: false));
    }

    private double Hang(FontFace face, double size, char c, bool left)
    {
        var (l, r) = microtype.Protrusion(face, c);
        var share = left ? l : r;
        return share == 0 ? 0 : share * measures.Measure(face, size, [c]);
    }
}
