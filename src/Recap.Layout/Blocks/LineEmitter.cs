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
                nodes.Add(keepTogether || orphanOrWidow ? FlowPenalty.Forbid : FlowPenalty.Allow);
            }

            var line = lines[i];
            // Arrays of their exact size, made once: a builder for each line allocated two.
            var text = line.At(new Point(x, baseline));
            ImmutableArray<FrameItem> items = decorate is null ? [text] : [.. decorate(i, lines.Count, leading), text];
            // The first line anchors the block's start (its first word begins there too); a later one, its first word.
            Anchor? anchor = i == 0 ? new Anchor(nodeId) : line.FirstWord >= 0 ? new Anchor(nodeId, line.FirstWord) : null;

            var notes = footnotes is null || line.Footnotes.IsDefaultOrEmpty
                ? ImmutableArray<FlowBox>.Empty
                : [.. line.Footnotes.SelectMany(id => footnotes(id))];
            nodes.Add(new FlowBox(leading, items, notes, anchor));
        }
    }
}
