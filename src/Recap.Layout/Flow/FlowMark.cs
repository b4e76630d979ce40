namespace Recap.Layout.Flow;

/// <summary>
/// Marks where a write-up begins (TeX's \mark): the page builder records which write-up each page
/// belongs to, for running heads, and which pages open one.
/// </summary>
public sealed record FlowMark(string WriteUpId, string Title) : FlowNode;
