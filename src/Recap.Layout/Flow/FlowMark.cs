namespace Recap.Layout.Flow;

/// <summary>
/// Marks where a write-up begins (TeX's \mark): the page builder records which write-up each page
/// belongs to, for running heads, and which pages open one.
/// </summary>
/// <param name="Source">Where the write-up begins, for warnings about its pages.</param>
public sealed record FlowMark(string WriteUpId, string Title, Model.SourceSpan? Source = null) : FlowNode;
