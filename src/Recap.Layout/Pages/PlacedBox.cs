using Recap.Layout.Flow;

namespace Recap.Layout.Pages;

/// <summary>A box set on a page, <paramref name="Y"/> points below the top of the text block.</summary>
public readonly record struct PlacedBox(FlowBox Box, double Y);
