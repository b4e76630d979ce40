namespace Recap.Layout.Inline;

/// <summary>
/// The line breaker's parameters, named and valued as TeX's (The TeXbook, chapter 14), so
/// a theme can be tuned with TeX's documentation at hand.
/// </summary>
public sealed record BreakOptions
{
    public static BreakOptions Default { get; } = new();

    /// <summary>Highest badness (100·|r|³) a line may have in the second pass; TeX's \tolerance.</summary>
    public double Tolerance { get; init; } = 200;

    /// <summary>
    /// Highest badness in the first pass, which tries no discretionary hyphens; negative skips
    /// that pass; TeX's \pretolerance.
    /// </summary>
    public double Pretolerance { get; init; } = 100;

    /// <summary>Added to every line's badness before squaring, so fewer lines are preferred; TeX's \linepenalty.</summary>
    public double LinePenalty { get; init; } = 10;

    /// <summary>Cost of a discretionary hyphen, used by <see cref="ParagraphItems"/>; TeX's \hyphenpenalty.</summary>
    public double HyphenPenalty { get; init; } = 50;

    /// <summary>Cost of breaking after an explicit hyphen or dash, used by <see cref="ParagraphItems"/>; TeX's \exhyphenpenalty.</summary>
    public double ExHyphenPenalty { get; init; } = 50;

    /// <summary>Demerits for adjacent lines whose fitness classes are not neighbours; TeX's \adjdemerits.</summary>
    public double AdjDemerits { get; init; } = 10000;

    /// <summary>Demerits for two consecutive lines ending with a hyphen; TeX's \doublehyphendemerits.</summary>
    public double DoubleHyphenDemerits { get; init; } = 10000;

    /// <summary>Demerits when the second-last line ends with a hyphen; TeX's \finalhyphendemerits.</summary>
    public double FinalHyphenDemerits { get; init; } = 5000;

    /// <summary>
    /// Lines to add (positive) or remove (negative) from the optimum, when possible within
    /// tolerance; TeX's \looseness. Non-zero disables merging of candidates by line number.
    /// </summary>
    public int Looseness { get; init; }

    /// <summary>
    /// Extra stretch every line gets in the third pass, and in the last resort, in the
    /// caller's width unit; 0 skips the third pass; TeX's \emergencystretch.
    /// </summary>
    public double EmergencyStretch { get; init; }

    /// <summary>
    /// A hard limit on consecutive lines ending with a hyphen (flagged breaks), enforced in
    /// every pass; 0 or less means no limit. Not in TeX, where
    /// <see cref="DoubleHyphenDemerits"/> only discourages.
    /// </summary>
    public int ConsecutiveHyphenLimit { get; init; } = 2;
}
