using System.Collections.Immutable;
using Recap.Layout.Flow;

namespace Recap.Layout.Pages;

/// <summary>What the page builder put on one page, before the page template adds its furniture.</summary>
/// <param name="Boxes">The text block's boxes, top to bottom.</param>
/// <param name="Footnotes">The notes for this page, in order, to set at the foot of the text block.</param>
/// <param name="Mark">The write-up this page belongs to (the last one begun on it, else the one running on), or null before the first.</param>
/// <param name="Opens">A write-up begins on this page (an opener: no running head).</param>
public sealed record PageBody(ImmutableArray<PlacedBox> Boxes, ImmutableArray<FlowBox> Footnotes, FlowMark? Mark, bool Opens)
{
    /// <summary>A page left blank so that the next write-up opens on a recto.</summary>
    public bool IsBlank => Boxes.IsEmpty && Footnotes.IsEmpty;
}
