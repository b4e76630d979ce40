using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;

namespace Recap.Layout.Blocks;

/// <summary>
/// Stacks set lines into the vertical list: one box a line, with the penalties between lines
/// that keep a paragraph free of widows and orphans (never one line alone at either side of a
/// page break) or keep a short block whole.
/// </summary>
internal sealed class LineEmitter(List<FlowNode> nodes)
{
    /// <summary>Decorations drawn in every line box (a quote's rule, code's background), relative to the box's top-left.</summary>
    public delegate IEnumerable<FrameItem> Decoration(int line, int count, double height);

    public void Emit(
        IReadOnlyList<LineBox> lines,
        double x,
        double leading,
        double baseline,
        string nodeId,
        bool keepTogether = false,
        Decoration? decorate = null,
        Func<string, ImmutableArray<FlowBox>>? footnotes = null)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var orphanOrWidow = i == 1 || i == lines.Count - 1;
                nodes.Add(keepTogether || orphanOrWidow ? FlowPenalty.Forbid : new FlowPenalty(0));
            }

            var line = lines[i];
            var items = ImmutableArray.CreateBuilder<FrameItem>();
            if (decorate is not null)
            {
                items.AddRange(decorate(i, lines.Count, leading));
            }

            items.Add(new GroupItem(new Point(x, baseline), line.Items));

            var anchors = ImmutableArray.CreateBuilder<Anchor>();
            if (i == 0)
            {
                anchors.Add(new Anchor(nodeId));
            }

            if (line.FirstWord >= 0)
            {
                anchors.Add(new Anchor(nodeId, line.FirstWord));
            }

            var notes = footnotes is null || line.Footnotes.IsDefaultOrEmpty
                ? ImmutableArray<FlowBox>.Empty
                : [.. line.Footnotes.SelectMany(id => footnotes(id))];
            nodes.Add(new FlowBox(leading, items.ToImmutable(), notes, anchors.ToImmutable()));
        }
    }
}
