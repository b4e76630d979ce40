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

        var picture = _context.Images.Get(figure.Image, figure.Source, _context.Diagnostics);
        var (pixelWidth, pixelHeight) = picture?.Proportions(figure.Image) ?? (0, 0);
        if (picture is null || pixelWidth <= 0 || pixelHeight <= 0)
        {
            return;
        }

        Space(BlockSpacing.Display);
        BreakBetweenBlocks();
        var element = parent.Add(StructureKind.Figure, altText: figure.Alt.Length > 0 ? figure.Alt : InlineText.Plain(figure.Caption));
        var blockHeight = Theme.Paper.Height - Theme.Margins.Top - Theme.Margins.Bottom;
        // An SVG has no pixels: its user units are CSS pixels, 96 to the inch, and it is never too sharp.
        var width = Math.Min(region.Width, picture.Vector is null ? pixelWidth / MaxPixelsPerPoint : pixelWidth * 0.75);
        var height = width * pixelHeight / pixelWidth;
        if (height > blockHeight * 0.6)
        {
            height = blockHeight * 0.6;
            width = height * pixelWidth / pixelHeight;
        }

        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var bounds = new Rect(region.X + ((region.Width - width) / 2), 0, width, height);
        items.AddRange(picture.Place(bounds, element));

        var total = AddCaption(figure, region, parent, items, height);
        _nodes.Add(new FlowBox(total, items.ToImmutable(), Anchor: new Anchor(figure.Id)));
        Space(BlockSpacing.Display);
        _indentNext = false;
    }

    /// <summary>Sets the caption under what stands at the top of the figure (<paramref name="top"/> high); returns the figure's height.</summary>
    private double AddCaption(Figure figure, Region region, StructureElement parent, ImmutableArray<FrameItem>.Builder items, double top)
    {
        var total = top;
        if (figure.Caption.Count > 0)
        {
            var format = _context.Body with
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
                items.Add(line.At(new Point(region.X, total + baseline)));
                total += leading;
            }
        }

        return total;
    }
}
