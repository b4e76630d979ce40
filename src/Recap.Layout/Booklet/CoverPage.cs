using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Inline;
using Recap.Layout.Pages;
using Recap.Model.Phrases;

namespace Recap.Layout.Booklet;

/// <summary>
/// Page 1: a band of the accent colour across the top of the page with the event's name and the
/// book's title and subtitle in white at its foot; the venue, city and date stand on a rule at
/// the foot of the text block. Type only, in the theme's faces and colours; no folio.
/// </summary>
internal sealed class CoverPage(PageText text)
{
    // The band takes the top of the page down to this share of its height.
    private const double BandShare = 0.56;

    private Styles.Theme Theme => text.Theme;

    public Page Compose(StructureElement section)
    {
        var meta = text.Meta;
        var paper = Theme.Paper;
        var block = Theme.TextBlock(1);
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var band = paper.Height * BandShare;
        items.Add(new ShapeItem(ShapePath.Rectangle(new Rect(0, 0, paper.Width, band)), Theme.AccentColor, null, null));

        var light = Tint(Theme.AccentColor, 0.7);
        if (meta.Event?.Name is { } name)
        {
            var lines = text.Lines(name, text.Ragged(Theme.H2Size, block.Width, TextWeight.Medium, light), section.Add(StructureKind.P));
            text.Place(lines, Theme.H2Size, Theme.H2Size * 1.3, block.X, block.Y, items);
        }

        // The title and subtitle sit on the band's foot, a bottom margin above its edge.
        var titleLeading = Theme.CoverTitleSize * 1.1;
        var title = text.Lines(meta.Title, text.Ragged(Theme.CoverTitleSize, block.Width, TextWeight.Bold, Color.White), section.Add(StructureKind.P));
        var subtitleLeading = Theme.CoverSubtitleSize * 1.35;
        var subtitle = meta.Subtitle is { } sub
            ? text.Lines(sub, text.Ragged(Theme.CoverSubtitleSize, block.Width, color: light), section.Add(StructureKind.P))
            : [];
        var gap = subtitle.Count > 0 ? Theme.CoverSubtitleSize * 0.6 : 0;
        var top = band - Theme.Margins.Bottom - (title.Count * titleLeading) - gap - (subtitle.Count * subtitleLeading);
        top += text.Place(title, Theme.CoverTitleSize, titleLeading, block.X, top, items) + gap;
        text.Place(subtitle, Theme.CoverSubtitleSize, subtitleLeading, block.X, top, items);

        // Venue, city and date stand on the foot rule, leaving white space under the band.
        var details = new List<(IReadOnlyList<LineBox> Lines, double Size)>();
        var place = Words.Place(meta.Event);
        if (place.Length > 0)
        {
            details.Add((text.Lines(place, text.Ragged(Theme.H3Size, block.Width, TextWeight.Medium, Theme.TextColor), section.Add(StructureKind.P)), Theme.H3Size));
        }

        if (meta.Date is { } date)
        {
            details.Add((text.Lines(text.Phrases.LongDate(date), text.Ragged(Theme.H3Size, block.Width, color: Theme.MutedColor), section.Add(StructureKind.P)), Theme.H3Size));
        }

        var leading = Theme.H3Size * 1.35;
        var y = block.Bottom - (Theme.BodyLeading * 0.8) - (details.Sum(d => d.Lines.Count) * leading);
        foreach (var (lines, size) in details)
        {
            y += text.Place(lines, size, leading, block.X, y, items);
        }

        items.Add(new ShapeItem(ShapePath.Line(new Point(block.X, block.Bottom), new Point(block.Right, block.Bottom)), null, new Stroke(Theme.AccentColor, Theme.BodySize * 0.2), null));
        return new Page(paper, items.ToImmutable(), PageMap.Label(1));
    }

    /// <summary>The colour mixed with white: <paramref name="white"/> 0 keeps it, 1 gives white.</summary>
    public static Color Tint(Color color, double white)
    {
        byte Mix(byte channel) => (byte)Math.Round(channel + ((255 - channel) * white));
        return new Color(Mix(color.R), Mix(color.G), Mix(color.B));
    }
}
