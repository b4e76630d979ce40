using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Layout.Pages;
using Recap.Model;
using Recap.Model.Phrases;

namespace Recap.Layout.Booklet;

/// <summary>
/// The last page, a verso: the book's description, then its speakers (name and affiliation, in
/// the order they first speak), and at the foot an accent band echoing the cover with the title.
/// Speakers run into two or three columns when one does not hold them; a roll call longer than
/// that is the contents' job, so the back cover then only says how many spoke. No folio.
/// </summary>
internal sealed class BackCover(PageText text)
{
    // The foot band's height, in bottom margins.
    private const double BandMargins = 2.2;

    private Styles.Theme Theme => text.Theme;

    public Page Compose(int number, IReadOnlyList<WriteUp> writeUps, StructureElement section)
    {
        var paper = Theme.Paper;
        var block = Theme.TextBlock(number);
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var band = paper.Height - (Theme.Margins.Bottom * BandMargins);
        var y = block.Y;
        if (text.Meta.Description is { } description)
        {
            var size = Theme.H3Size;
            var lines = text.Lines(description, text.Ragged(size, block.Width, color: Theme.TextColor), section.Add(StructureKind.P));
            y += text.Place(lines, size, size * 1.45, block.X, y, items) + (Theme.BodyLeading * 1.5);
        }

        var speakers = Speakers(writeUps);
        if (speakers.Count > 0)
        {
            var list = section.Add(StructureKind.P);
            var label = text.Lines(text.Phrases.Speakers, text.Ragged(Theme.BodySize, block.Width, TextWeight.Medium, Theme.AccentColor), list);
            y += text.Place(label, Theme.BodySize, Theme.BodyLeading, block.X, y, items) + (Theme.BodyLeading * 0.4);
            SetSpeakers(speakers, block, y, band - Theme.BodyLeading, section, items);
        }

        items.Add(new ShapeItem(ShapePath.Rectangle(new Rect(0, band, paper.Width, paper.Height - band)), Theme.AccentColor, null, null));
        // The title in the band repeats the cover's: decoration, so an artifact (and it may sit below the text block).
        var title = text.Lines(text.Meta.Title, text.Ragged(Theme.H3Size, block.Width, TextWeight.Medium, Color.White), new StructureElement(StructureKind.P));
        var titleLeading = Theme.H3Size * 1.3;
        var titleItems = ImmutableArray.CreateBuilder<FrameItem>();
        text.Place(title, Theme.H3Size, titleLeading, block.X, band + ((paper.Height - band - (title.Count * titleLeading)) / 2), titleItems);
        items.AddRange(titleItems.Select(item => item.AsArtifact()).OfType<FrameItem>());
        return new Page(paper, items.ToImmutable(), PageMap.Label(number));
    }

    /// <summary>Every speaker once, in the order they first appear, with the first affiliation given.</summary>
    public static IReadOnlyList<Speaker> Speakers(IReadOnlyList<WriteUp> writeUps) =>
        [.. writeUps.SelectMany(w => w.Meta.Speakers).GroupBy(s => s.Name, StringComparer.Ordinal).Select(g => g.FirstOrDefault(s => s.Affiliation is not null) ?? g.First())];

    private void SetSpeakers(IReadOnlyList<Speaker> speakers, Rect block, double top, double bottom, StructureElement section, ImmutableArray<FrameItem>.Builder items)
    {
        var gutter = Theme.BodySize * 1.5;
        foreach (var columns in new[] { 1, 2, 3 })
        {
            var width = (block.Width - (gutter * (columns - 1))) / columns;
            var perColumn = (int)Math.Ceiling(speakers.Count / (double)columns);
            var gaps = Theme.BodyLeading * 0.3 * (perColumn - 1);
            // The first column holds at least a line for each name in it: a setting that cannot fit even so
            // is passed over unmeasured (a programme with hundreds of speakers would set every name three times).
            var fewest = speakers.Take(perColumn).Count(s => !string.IsNullOrWhiteSpace(s.Name));
            if (top + (fewest * Theme.BodyLeading) + gaps > bottom)
            {
                continue;
            }

            // Measured with a scratch element first; the chosen setting is set again, tagged.
            var entries = speakers.Select(s => Entry(s, width, new StructureElement(StructureKind.P))).ToList();
            var heights = entries.Select(e => (e.Name.Count + e.Affiliation.Count) * Theme.BodyLeading).ToList();
            var tallest = Enumerable.Range(0, columns).Max(c => heights.Skip(c * perColumn).Take(perColumn).Sum() + gaps);
            if (top + tallest > bottom)
            {
                continue;
            }

            var list = section.Add(StructureKind.L);
            for (var i = 0; i < entries.Count; i++)
            {
                var column = i / perColumn;
                var y = top + heights.Skip(column * perColumn).Take(i - (column * perColumn)).Sum() + (Theme.BodyLeading * 0.3 * (i - (column * perColumn)));
                var x = block.X + (column * (width + gutter));
                var element = list.Add(StructureKind.LI).Add(StructureKind.LBody);
                var (name, affiliation) = Entry(speakers[i], width, element);
                y += text.Place(name, Theme.BodySize, Theme.BodyLeading, x, y, items);
                text.Place(affiliation, Theme.BodySize, Theme.BodyLeading, x, y, items);
            }

            return;
        }

        var count = text.Lines(CountLine(speakers.Count), text.Ragged(Theme.BodySize, block.Width, color: Theme.TextColor), section.Add(StructureKind.P));
        text.Place(count, Theme.BodySize, Theme.BodyLeading, block.X, top, items);
    }

    /// <summary>What the back cover says when the speakers are too many to list there.</summary>
    private static string CountLine(int speakers) => $"{speakers} speakers; the contents names each under their talk.";

    /// <summary>The name and the affiliation, each its own paragraph of the item's body.</summary>
    private (IReadOnlyList<LineBox> Name, IReadOnlyList<LineBox> Affiliation) Entry(Speaker speaker, double width, StructureElement element)
    {
        var name = text.Lines(speaker.Name, text.Ragged(Theme.BodySize, width, TextWeight.Medium, Theme.TextColor), element.Add(StructureKind.P));
        var affiliation = speaker.Affiliation is { } a
            ? text.Lines(a, text.Ragged(Theme.BodySize, width, color: Theme.MutedColor) with { Italic = true }, element.Add(StructureKind.P))
            : [];
        return (name, affiliation);
    }
}
