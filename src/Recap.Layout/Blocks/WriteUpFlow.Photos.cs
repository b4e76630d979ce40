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
            if (speaker.Photo is not { } photo || _context.Images.Get(photo, _writeUp.Source, _context.Diagnostics) is not { } picture
                || picture.Proportions(photo) is not { Width: > 0, Height: > 0 } size)
            {
                continue;
            }

            var width = height * size.Width / size.Height;
            if (x + width > Theme.Measure)
            {
                break;
            }

            items.AddRange(picture.Place(new Rect(x, 0, width, height), Section.Add(StructureKind.Figure, altText: $"{Phrases.PhotoOf} {speaker.Name}")));
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
