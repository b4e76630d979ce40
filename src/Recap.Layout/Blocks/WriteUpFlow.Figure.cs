using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Model;

namespace Recap.Layout.Blocks;

// Figures: the picture scaled to the measure (and to at most 60 % of the text block's height,
// never enlarged past 150 dpi), centred, with its caption below; picture and caption are one box, never split.
internal sealed partial class WriteUpFlow
{
    private const double MaxPixelsPerPoint = 150.0 / 72;

    private void Figure(Figure figure, Region region, StructureElement parent)
    {
        if (figure.Image is null)
        {
            MissingPicture(figure, region, parent);
            return;
        }

        var image = _context.Images.Get(figure.Image, figure.Source, _context.Diagnostics);
        if (image is null || figure.Image.PixelWidth <= 0 || figure.Image.PixelHeight <= 0)
        {
            return;
        }

        Space(BlockSpacing.Display);
        BreakBetweenBlocks();
        var element = parent.Add(StructureKind.Figure, altText: figure.Alt.Length > 0 ? figure.Alt : InlineText.Plain(figure.Caption));
        var blockHeight = Theme.Paper.Height - Theme.Margins.Top - Theme.Margins.Bottom;
        var width = Math.Min(region.Width, figure.Image.PixelWidth / MaxPixelsPerPoint);
        var height = width * figure.Image.PixelHeight / figure.Image.PixelWidth;
        if (height > blockHeight * 0.6)
        {
            height = blockHeight * 0.6;
            width = height * figure.Image.PixelWidth / figure.Image.PixelHeight;
        }

        var items = ImmutableArray.CreateBuilder<FrameItem>();
        items.Add(new ImageItem(new Rect(region.X + ((region.Width - width) / 2), 0, width, height), image, element));
        var total = AddCaption(figure, region, parent, items, height);
        _nodes.Add(new FlowBox(total, items.ToImmutable(), Anchors: [new Anchor(figure.Id)]));
        Space(BlockSpacing.Display);
        _indentNext = false;
    }

    /// <summary>Sets the caption under what stands at the top of the figure (<paramref name="top"/> high); returns the figure's height.</summary>
    private double AddCaption(Figure figure, Region region, StructureElement parent, ImmutableArray<FrameItem>.Builder items, double top)
    {
        var total = top;
        if (figure.Caption.Count > 0)
        {
            var format = ParagraphFormat.Body(Theme) with
            {
                Size = Theme.FootnoteSize * 1.1,
                Measure = region.Width,
                Italic = true,
                Color = Theme.MutedColor,
                Alignment = ParagraphAlignment.Centered,
                Hyphenate = false,
            };
            var leading = Theme.FootnoteLeading * 1.1;
            var lines = _context.Paragraphs.Layout(figure.Caption, format, parent.Add(StructureKind.P));
            var baseline = Baseline.Of(Theme.Fonts.Regular.Primary, format.Size, leading);
            total += leading * 0.4;
            foreach (var line in lines)
            {
                items.Add(new GroupItem(new Point(region.X, total + baseline), line.Items));
                total += leading;
            }
        }

        return total;
    }
}
