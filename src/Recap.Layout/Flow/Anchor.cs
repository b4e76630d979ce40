namespace Recap.Layout.Flow;

/// <summary>
/// What begins in a box, for the page map: a write-up or block (its id, <see cref="Word"/> −1), or, for a
/// later line of a paragraph, the index of the first word on it (see <see cref="Inline.LineBox.FirstWord"/>).
/// A box holds at most one: a paragraph's first line anchors the paragraph's start, which is where its first
/// word begins too.
/// </summary>
public readonly record struct Anchor(string NodeId, int Word = -1);
