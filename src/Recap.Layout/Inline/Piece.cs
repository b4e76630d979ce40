using Recap.Fonts;

namespace Recap.Layout.Inline;

/// <summary>
/// The text of one box: one style, one face, one direction. A value, kept in the preparer's
/// scratch with the paragraph's items; its text is a view of the word's (no string of its own).
/// </summary>
/// <param name="Source">The string the text is cut from: its word's text, or a footnote mark's run.</param>
/// <param name="Start">Where the text begins in <paramref name="Source"/>.</param>
/// <param name="Length">How many characters of <paramref name="Source"/> it takes.</param>
/// <param name="Word">Index of the <see cref="ParagraphWord"/> it belongs to.</param>
/// <param name="PlainWord">The first word of the block's plain text that begins in this piece, or −1.</param>
/// <param name="FootnoteId">Set for a footnote mark.</param>
internal readonly record struct Piece(
    string Source, int Start, int Length, RunStyle Style, FontFace Face, TextDirection Direction, double Width, int Word, int PlainWord, string? FootnoteId)
{
    public ReadOnlySpan<char> Text => Source.AsSpan(Start, Length);
}
