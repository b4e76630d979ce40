namespace Recap.Layout.Inline;

/// <summary>Why a word may break at a point inside it; earlier kinds win when two coincide.</summary>
internal enum BreakKind
{
    /// <summary>After an explicit hyphen or dash: the line ends with the text's own hyphen.</summary>
    ExplicitHyphen,

    /// <summary>A hyphenation point: the breaker adds a hyphen.</summary>
    Hyphen,

    /// <summary>A sensible point in a long token (URL separator, case change): no hyphen is added.</summary>
    Token,

    /// <summary>Any grapheme boundary, the last resort: no hyphen is added.</summary>
    Anywhere,

    /// <summary>Between ideographs (Chinese, Japanese): free, and where a justified line without spaces stretches.</summary>
    Ideographic,
}
