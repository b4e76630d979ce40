using Recap.Fonts;
using Recap.Frames;

namespace Recap.Layout.Inline;

/// <summary>The resolved look of a run of text, and where it links to.</summary>
/// <param name="Rise">How far the baseline is raised (superscripts), in points.</param>
/// <param name="Token">Code or a handle: never hyphenated, split only when a line would overflow.</param>
/// <param name="Target">Where a click on this text goes; null outside links.</param>
/// <param name="Link">The <see cref="StructureKind.Link"/> element that holds this text, shared by all runs of one link.</param>
internal sealed record RunStyle(FontChain Fonts, double Size, Color Color, double Rise, bool Token, LinkTarget? Target, StructureElement? Link);
