using Recap.Model;

namespace Recap.Layout.Inline;

/// <summary>A stretch of a paragraph in one style, from one model inline: a value in the collector's list (one for every inline of the book).</summary>
/// <param name="FootnoteId">For a <see cref="RunKind.FootnoteMark"/>, the footnote it refers to.</param>
internal readonly record struct StyledRun(string Text, RunStyle Style, RunKind Kind, SourceSpan Source, string? FootnoteId = null);
