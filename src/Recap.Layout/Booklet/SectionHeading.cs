using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Flow;
using Recap.Layout.Inline;

namespace Recap.Layout.Booklet;

/// <summary>
/// The heading of a page the booklet adds around the write-ups (contents, programme, speakers),
/// set like a write-up's title: a short accent rule, then the title, kept with what follows.
/// </summary>
internal static class SectionHeading
{
    /// <param name="destination">A named destination at the title, for the outline; null for none.</param>
    public static void Add(List<FlowNode> nodes, PageText text, string title, StructureElement element, string? destination = null)
    {
        var theme = text.Theme;
        var rule = theme.BodyLeading * 0.3;
        nodes.Add(new FlowBox(theme.BodyLeading, [
            new ShapeItem(ShapePath.Line(new Point(0, rule), new Point(theme.BodyLeading * 2.5, rule)), null, new Stroke(theme.AccentColor, theme.BodySize * 0.2), null),
        ]));
        nodes.Add(FlowPenalty.Forbid);
        var leading = theme.TitleSize * 1.2;
        var lines = text.Lines(title, text.Ragged(theme.TitleSize, theme.Measure, TextWeight.Bold), element);
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var height = text.Place(lines, theme.TitleSize, leading, 0, 0, items);
        if (destination is not null)
        {
            items.Add(new DestinationItem(new Point(0, 0), destination));
        }

        nodes.Add(new FlowBox(height, items.ToImmutable(), Anchor: destination is null ? null : new Anchor(destination)));
        nodes.Add(FlowPenalty.Forbid);
        nodes.Add(new FlowGlue(theme.BodyLeading * BlockSpacing.AfterOpener));
    }
}
