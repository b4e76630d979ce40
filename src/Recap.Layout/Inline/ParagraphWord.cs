namespace Recap.Layout.Inline;

/// <summary>
/// What stands between two breakable spaces: the segments of one or more styles, what comes
/// before it (a space or a hard line break), and the plain-text words that begin inside it.
/// A value in <see cref="SplitParagraph"/>, which holds its segments and plain-text starts.
/// </summary>
/// <param name="Text">The word's text without footnote marks.</param>
/// <param name="SpaceBefore">The style of the space before this word; null at the paragraph's start or after a line break.</param>
/// <param name="BreakBefore">A hard line break comes before this word.</param>
/// <param name="IsToken">Code, a handle or an address: never hyphenated, split only to avoid overflow.</param>
/// <param name="Segments">Where its segments are in the paragraph's (<see cref="SplitParagraph.Segments"/>).</param>
/// <param name="PlainStarts">Where its plain-text starts are in the paragraph's (<see cref="SplitParagraph.PlainStarts"/>).</param>
internal readonly record struct ParagraphWord(string Text, RunStyle? SpaceBefore, bool BreakBefore, bool IsToken, Range Segments, Range PlainStarts);
