using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Model;
using Recap.Model.Phrases;

namespace Recap.Layout.Blocks;

// A picture that could not be had (a remote one, offline): a framed box across the measure saying
// so, with the alternative text and the address, where the picture would stand, so a reader of the
// page sees what is missing and where to find it. The reader has warned.
internal sealed partial class WriteUpFlow
{
    private void MissingPicture(Figure figure, Region region, StructureElement parent)
    {
        Space(BlockSpacing.Display);
        BreakBetweenBlocks();
        var element = parent.Add(StructureKind.Figure, altText: $"{Phrases.PictureUnavailable}: {(figure.Alt.Length > 0 ? figure.Alt : figure.Address)}");
        var padding = Theme.BodySize * 0.8;
        var format = _context.Body with
        {
            Size = Theme.FootnoteSize * 1.1,
            Measure = region.Width - (2 * padding),
            Color = Theme.MutedColor,
            Alignment = ParagraphAlignment.Centered,
            Hyphenate = false,
        };
        var leading = Theme.FootnoteLeading * 1.1;
        var baseline = Baseline.Of(Theme.Fonts.Regular.Primary, format.Size, leading);
        var label = figure.Alt.Length > 0 ? $"{Phrases.PictureUnavailable}: {figure.Alt}" : Phrases.PictureUnavailable;
        var lines = _context.Paragraphs.Layout([new Text(figure.Source, label)], format, element.Add(StructureKind.P))
            .Concat(_context.Paragraphs.Layout([new InlineCode(figure.Source, figure.Address)], format, element.Add(StructureKind.P)));

        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var height = padding;
        foreach (var line in lines)
        {
            items.Add(line.At(new Point(region.X + padding, height + baseline)));
            height += leading;
        }

        height += padding;
        items.Insert(0, new ShapeItem(ShapePath.Rectangle(new Rect(region.X, 0, region.Width, height)), null, new Stroke(Theme.RuleColor, 0.75), null));
        var total = AddCaption(figure, region, parent, items, height);
        _nodes.Add(new FlowBox(total, items.ToImmutable(), Anchor: new Anchor(figure.Id)));
        Space(BlockSpacing.Display);
        _indentNext = false;
    }
}
