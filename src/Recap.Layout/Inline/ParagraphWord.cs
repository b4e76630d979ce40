namespace Recap.Layout.Inline;

/// <summary>
/// What stands between two breakable spaces: the segments of one or more styles, what comes
/// before it (a space or a hard line break), and the plain-text words that begin inside it.
/// </summary>
internal sealed class ParagraphWord
{
    public List<WordSegment> Segments { get; } = [];

    /// <summary>The style of the space before this word; null at the paragraph's start or after a line break.</summary>
    public RunStyle? SpaceBefore { get; set; }

    /// <summary>A hard line break comes before this word.</summary>
    public bool BreakBefore { get; set; }

    /// <summary>Offsets in <see cref="Text"/> where a word of the plain text begins, with its index.</summary>
    public List<(int Offset, int PlainWord)> PlainStarts { get; } = [];

    /// <summary>The word's text without footnote marks, set once all segments are in.</summary>
    public string Text { get; set; } = "";

    /// <summary>Code, a handle or an address: never hyphenated, split only to avoid overflow.</summary>
    public bool IsToken { get; set; }
}
