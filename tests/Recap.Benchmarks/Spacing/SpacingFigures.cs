namespace Recap.Benchmarks.Spacing;

/// <summary>
/// How evenly a PDF's justified lines are spaced, as <c>../shared/tools/spacing.py</c> reports it.
/// </summary>
/// <param name="Lines">Full justified lines measured.</param>
/// <param name="Loose">Share of lines whose mean gap is over 1.5 × the document's median gap.</param>
/// <param name="Tight">Share under 0.75 × the median gap.</param>
/// <param name="Jumps">Share of adjacent full lines whose mean gaps differ by a factor over 1.6.</param>
/// <param name="HyphenRun">The longest run of consecutive lines ending in a hyphen or dash that breaks a word, on one page.</param>
/// <param name="Overfull">Lines whose right end passes the page's right edge by more than 3 pt (hanging punctuation passes by less).</param>
public sealed record SpacingFigures(int Pages, int Lines, double Loose, double Tight, double Jumps, double Spread, int Hyphenated, int HyphenRun, int Overfull);
