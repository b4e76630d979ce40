namespace Recap.Layout.Inline;

/// <summary>An item set on a line: its index in the paragraph, its x from the line's start, and its width as set.</summary>
public readonly record struct PlacedItem(int Index, double X, double Width);
