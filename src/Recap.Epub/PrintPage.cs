namespace Recap.Epub;

/// <summary>Where one page of the print edition begins, in terms of the model.</summary>
/// <param name="Label">The page number printed on that page ("7"): the marker's label and the page list's entry.</param>
/// <param name="NodeId">The model node the page begins with: a write-up id, a write-up's <c>BylineId</c>,
/// <c>SummaryId</c>, a block id, a Q&amp;A's <c>QuestionId</c> or <c>AnswerId</c>, or a footnote id.</param>
/// <param name="Word">The first word on the page, counting the words of the node's plain text
/// (<see cref="Model.InlineText.Plain"/>, or a code block's code, split at white space) from 0;
/// -1 when the page begins at the node's start.</param>
public sealed record PrintPage(string Label, string NodeId, int Word);
