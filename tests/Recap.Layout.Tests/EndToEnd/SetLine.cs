using Recap.Frames;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>
/// A line as laid out, read from the frames: the glyph runs of one block (paragraph, heading,
/// code block, cell) on one baseline of one page. Footnote marks (small, raised) belong to their line.
/// </summary>
/// <param name="Block">The nearest block-level structure element of the runs.</param>
/// <param name="InNote">The line is part of a footnote at the foot of the page.</param>
/// <param name="Section">The Sect the line belongs to, if any.</param>
public sealed record SetLine(int Page, StructureElement Block, double Baseline, string Text, bool InNote, StructureElement? Section)
{
    private static readonly HashSet<StructureKind> BlockKinds =
        [StructureKind.P, StructureKind.H1, StructureKind.H2, StructureKind.H3, StructureKind.Code, StructureKind.TD, StructureKind.TH];

    public bool IsHeading => Block.Kind is StructureKind.H1 or StructureKind.H2 or StructureKind.H3;

    /// <summary>Every line of every page, page by page, in the order the page draws them.</summary>
    public static IReadOnlyList<SetLine> Of(PagedDocument document)
    {
        var lines = new List<SetLine>();
        for (var i = 0; i < document.Pages.Length; i++)
        {
            var runs = FrameItems.Flatten(document.Pages[i].Items).OfType<GlyphRunItem>()
                .Where(r => r.Element is not null && r.Element.Kind != StructureKind.Lbl)
                .Select(r => (Run: r, Block: BlockOf(r.Element!)))
                .ToList();
            var fullSize = runs.GroupBy(r => r.Block).ToDictionary(g => g.Key, g => g.Max(r => r.Run.Shaped.Size));
            var groups = runs
                .Where(r => r.Run.Shaped.Size >= fullSize[r.Block] * 0.7)
                .GroupBy(r => (r.Block, Baseline: Math.Round(r.Run.Origin.Y, 2)));
            foreach (var group in groups)
            {
                var text = string.Concat(group.OrderBy(r => r.Run.Origin.X).Select(r => r.Run.Shaped.Text));
                lines.Add(new SetLine(i + 1, group.Key.Block, group.Key.Baseline, text, Ancestor(group.Key.Block, StructureKind.Note) is not null, Ancestor(group.Key.Block, StructureKind.Sect)));
            }
        }

        return lines;
    }

    private static StructureElement BlockOf(StructureElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (BlockKinds.Contains(e.Kind))
            {
                return e;
            }
        }

        return element; // booklet furniture that is tagged but not a block (a contents entry's link)
    }

    private static StructureElement? Ancestor(StructureElement element, StructureKind kind)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Kind == kind)
            {
                return e;
            }
        }

        return null;
    }
}
