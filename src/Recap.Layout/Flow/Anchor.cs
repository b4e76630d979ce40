namespace Recap.Layout.Flow;

/// <summary>
/// A model node that starts in a box: a write-up or block id, and for a line inside a paragraph,
/// the index of the first word on it (see <see cref="Inline.LineBox.FirstWord"/>); -1 for the node's start.
/// </summary>
public readonly record struct Anchor(string NodeId, int Word = -1);
