namespace Recap.Layout.Flow;

/// <summary>Vertical space between boxes; a page may break here, and it vanishes at the top and foot of a page.</summary>
public sealed record FlowGlue(double Height) : FlowNode;
