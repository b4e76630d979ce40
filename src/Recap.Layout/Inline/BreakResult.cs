namespace Recap.Layout.Inline;

/// <summary>The lines a breaker chose for a paragraph, in order.</summary>
public sealed class BreakResult
{
    public BreakResult(IReadOnlyList<LineFit> lines, BreakPass pass, double demerits)
    {
        Lines = lines;
        Pass = pass;
        Demerits = demerits;
        var breakpoints = new int[lines.Count];
        for (var i = 0; i < breakpoints.Length; i++)
        {
            breakpoints[i] = lines[i].Break;
        }

        Breakpoints = breakpoints;
    }

    public IReadOnlyList<LineFit> Lines { get; }

    /// <summary>The pass that found these lines.</summary>
    public BreakPass Pass { get; }

    /// <summary>The total demerits of the chosen breaks (the quantity Knuth–Plass minimises).</summary>
    public double Demerits { get; }

    /// <summary>
    /// Whether every line is within tolerance. When false the lines are still usable (none
    /// overflows unless <see cref="OverfullLines"/> says so), but the caller may do better by
    /// adding break opportunities (splitting long tokens) and breaking again.
    /// </summary>
    public bool WithinTolerance => Pass is BreakPass.Pretolerance or BreakPass.Tolerance or BreakPass.EmergencyStretch;

    /// <summary>The item index each line breaks at.</summary>
    public IReadOnlyList<int> Breakpoints { get; }

    /// <summary>Indices of the lines that run past the measure: each holds material wider than the measure that the caller should split.</summary>
    /// <remarks>Counted when first asked: the layouter looks at the lines themselves, and only when a pass fell short.</remarks>
    public IReadOnlyList<int> OverfullLines => field ??= [.. Enumerable.Range(0, Lines.Count).Where(i => Lines[i].IsOverfull)];
}
