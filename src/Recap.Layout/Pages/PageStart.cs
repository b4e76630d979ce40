namespace Recap.Layout.Pages;

/// <summary>
/// What a page begins with, for the ebook's page list: the model node of its first box and, inside
/// a paragraph, the index of the first word that begins on the page (-1 when the page begins at the node's start).
/// </summary>
public sealed record PageStart(int Page, string Label, string NodeId, int Word);
