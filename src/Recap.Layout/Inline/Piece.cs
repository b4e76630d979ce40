using Recap.Fonts;

namespace Recap.Layout.Inline;

/// <summary>The text of one box: one style, one face, one direction.</summary>
/// <param name="Word">Index of the <see cref="ParagraphWord"/> it belongs to.</param>
/// <param name="PlainWord">The first word of the block's plain text that begins in this piece, or −1.</param>
/// <param name="FootnoteId">Set for a footnote mark.</param>
internal sealed record Piece(string Text, RunStyle Style, FontFace Face, TextDirection Direction, double Width, int Word, int PlainWord, string? FootnoteId);
