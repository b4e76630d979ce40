using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>One page: its size in points and its items in drawing order.</summary>
/// <param name="Label">The page number as printed (e.g. "iv" or "12"), shown by viewers; null to leave it unlabelled.</param>
public sealed record Page(Size Size, ImmutableArray<FrameItem> Items, string? Label = null);
