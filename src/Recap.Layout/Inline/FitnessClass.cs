namespace Recap.Layout.Inline;

/// <summary>
/// How tight or loose a line is set, from its adjustment ratio r (the paper's four classes;
/// TeX draws the same lines at badness 12 and 99). Adjacent lines whose classes differ by
/// more than one cost <see cref="BreakOptions.AdjDemerits"/>.
/// </summary>
public enum FitnessClass
{
    /// <summary>r &lt; −0.5.</summary>
    Tight,

    /// <summary>−0.5 ≤ r ≤ 0.5.</summary>
    Decent,

    /// <summary>0.5 &lt; r ≤ 1.</summary>
    Loose,

    /// <summary>r &gt; 1.</summary>
    VeryLoose,
}
