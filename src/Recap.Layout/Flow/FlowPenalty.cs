namespace Recap.Layout.Flow;

/// <summary>
/// The cost of breaking the page here: <see cref="Never"/> forbids it (keeping a heading with what follows,
/// avoiding widows and orphans), <see cref="Always"/> forces it.
/// </summary>
public sealed record FlowPenalty(int Cost) : FlowNode
{
    public const int Never = 10000;
    public const int Always = -10000;

    public static FlowPenalty Forbid { get; } = new(Never);

    /// <summary>A break at no cost, as between most lines of a paragraph: one shared, where a book has tens of thousands.</summary>
    public static FlowPenalty Allow { get; } = new(0);
}
