namespace Recap.Layout.Flow;

/// <summary>Ends the page; with <paramref name="Recto"/>, also leaves a blank verso so that what follows opens on a right-hand page.</summary>
public sealed record FlowPageBreak(bool Recto) : FlowNode;
