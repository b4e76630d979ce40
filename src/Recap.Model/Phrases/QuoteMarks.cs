namespace Recap.Model.Phrases;

/// <summary>
/// A language's quotation marks, as smart punctuation sets them: the outer pair for double quotes
/// typed <c>"…"</c>, the inner pair for single quotes <c>'…'</c>. A mark may carry its space
/// (French « … » with narrow no-break spaces).
/// </summary>
public sealed record QuoteMarks(string Open, string Close, string InnerOpen, string InnerClose);
