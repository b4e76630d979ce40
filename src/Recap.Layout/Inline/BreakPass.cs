namespace Recap.Layout.Inline;

/// <summary>Which of the breaker's passes produced a result (the first one that succeeded).</summary>
public enum BreakPass
{
    /// <summary>First pass: every line within <see cref="BreakOptions.Pretolerance"/>, no discretionary hyphens.</summary>
    Pretolerance,

    /// <summary>Second pass: within <see cref="BreakOptions.Tolerance"/>, hyphens allowed.</summary>
    Tolerance,

    /// <summary>Third pass: within tolerance once every line has <see cref="BreakOptions.EmergencyStretch"/> more stretch.</summary>
    EmergencyStretch,

    /// <summary>
    /// Last resort: no solution within tolerance. Lines may be as loose as needed; a line runs
    /// past the measure only where unbreakable material is wider than it (see
    /// <see cref="LineFit.Overflow"/>). The caller should break long tokens and retry.
    /// </summary>
    Forced,

    /// <summary>Greedy first-fit breaking (<see cref="FirstFitBreaker"/>).</summary>
    FirstFit,
}
