namespace Recap.Epub;

/// <summary>Where one page of the print edition begins, in terms of the model.</summary>
/// <param name="Label">The page number printed on that page ("7"): the marker's label and the page list's entry.</param>
/// <param name="NodeId">The model node the page begins with: a write-up id, <c>{write-up id}-byline</c>,
/// <c>{write-up id}-summary</c>, a block id, <c>{Q&amp;A id}-q</c> or <c>-a</c>, or a footnote id.</param>
/// <param name="Word">The first word on the page, counting the words of the node's plain text
/// (<see cref="Model.InlineText.Plain"/>, or a code block's code, split at white space) from 0;
/// -1 when the page begins at the node's start.</param>
public sealed record PrintPage(string Label, string NodeId, int Word);
