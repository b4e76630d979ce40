namespace Recap.Layout.Inline;

/// <summary>How far a word may be split beyond its hyphenation points, raised only when lines overflow.</summary>
internal enum SplitLevel
{
    /// <summary>Hyphenation points and explicit hyphens only.</summary>
    None,

    /// <summary>Also <see cref="TokenSplitter.Sensible"/> points (URL separators, case changes).</summary>
    Sensible,

    /// <summary>Also between any two characters.</summary>
    Anywhere,
}
