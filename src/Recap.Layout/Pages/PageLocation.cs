namespace Recap.Layout.Pages;

/// <summary>Where something landed: a 1-based page number and the distance from the top of the page (points).</summary>
public readonly record struct PageLocation(int Page, double Y);
