using System.Collections.Immutable;
using Recap.Frames;

namespace Recap.Layout.Flow;

/// <summary>Something that cannot be split: a line of text, a rule, a figure, a table row.</summary>
/// <param name="Height">How far the box advances down the page (points).</param>
/// <param name="Items">The box's content, relative to its top-left corner at the text block's left edge.</param>
/// <param name="Footnotes">Notes referenced in this box, already set: they go to the foot of the box's page.</param>
/// <param name="Anchor">What begins in this box, for the page map; null when nothing does. A value, not a list:
/// nearly every line of the book has one, and an array each was a sixth of what the vertical lists held.</param>
/// <param name="RepeatHeader">For a table row: the header row to set again at the top of a new page.</param>
public sealed record FlowBox(
    double Height,
    ImmutableArray<FrameItem> Items,
    ImmutableArray<FlowBox> Footnotes = default,
    Anchor? Anchor = null,
    FlowBox? RepeatHeader = null) : FlowNode;
