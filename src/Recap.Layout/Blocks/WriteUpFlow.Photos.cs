using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Model.Phrases;

namespace Recap.Layout.Blocks;

// The speakers' photos in a row under the title, when the theme asks for them (booklet.opener-photos).
internal sealed partial class WriteUpFlow
{
    private void Photos()
    {
        if (!Theme.OpenerPhotos)
        {
            return;
        }

        var height = Theme.BodyLeading * 3;
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var x = 0.0;
        foreach (var speaker in _writeUp.Meta.Speakers)
        {
            if (speaker.Photo is not { PixelWidth: > 0, PixelHeight: > 0 } photo || _context.Images.Get(photo, _writeUp.Source, _context.Diagnostics) is not { Raster: { } image })
            {
                continue;
            }

            var width = height * photo.PixelWidth / photo.PixelHeight;
            if (x + width > Theme.Measure)
            {
                break;
            }

            items.Add(new ImageItem(new Rect(x, 0, width, height), image, Section.Add(StructureKind.Figure, altText: $"{Phrases.PhotoOf} {speaker.Name}")));
            x += width + (Theme.BodyLeading * 0.5);
        }

        if (items.Count == 0)
        {
            return;
        }

        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(new FlowGlue(Theme.BodyLeading * 0.5));
        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(new FlowBox(height, items.ToImmutable()));
    }
}
