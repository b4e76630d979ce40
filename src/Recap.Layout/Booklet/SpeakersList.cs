using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Layout.Pages;
using Recap.Model;
using Recap.Model.Phrases;
using Recap.Model.Talks;
using ModelInline = Recap.Model.Inline;

namespace Recap.Layout.Booklet;

/// <summary>
/// The speakers section at the back: each speaker once (<see cref="SpeakerIndex"/>), their photo
/// at the left when given, then name and handle, affiliation, bio, and their talks with the pages
/// they open on, each a link to the talk. An entry is never split across pages, and the last one is
/// kept with the one before it, so it never stands alone on the section's last page.
/// </summary>
internal sealed class SpeakersList(LayoutContext context, PageText text)
{
    /// <summary>The mark, anchor and named destination of the section.</summary>
    public const string MarkId = SectionIds.Speakers;

    private string Title => text.Phrases.Speakers;

    private Styles.Theme Theme => text.Theme;

    public IReadOnlyList<FlowNode> Build(IReadOnlyList<SpeakerEntry> speakers, IReadOnlyDictionary<string, int> pages, StructureElement section)
    {
        var nodes = new List<FlowNode> { new FlowMark(MarkId, Title) };
        SectionHeading.Add(nodes, text, Title, section.Add(StructureKind.H1), MarkId);
        for (var i = 0; i < speakers.Count; i++)
        {
            if (i > 0)
            {
                // TeX's \widowpenalty for entries: the last entry never stands alone on the section's last page.
                if (i == speakers.Count - 1)
                {
                    nodes.Add(FlowPenalty.Forbid);
                }

                nodes.Add(new FlowGlue(Theme.BodyLeading));
            }

            nodes.Add(Entry(speakers[i], SectionIds.Speaker(i), pages, section.Add(StructureKind.Sect)));
        }

        return nodes;
    }

    /// <param name="id">The entry's anchor: a page that begins with it is marked in the ebook's speakers section.</param>
    private FlowBox Entry(SpeakerEntry entry, string id, IReadOnlyDictionary<string, int> pages, StructureElement element)
    {
        var speaker = entry.Speaker;
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var size = Theme.BodySize;
        var leading = Theme.BodyLeading;
        var photoHeight = 0.0;
        var x = 0.0;
        if (speaker.Photo is { } photo && context.Images.Get(photo, text.Meta.Source, context.Diagnostics) is { } picture
            && picture.Proportions(photo) is { Width: > 0, Height: > 0 } proportions)
        {
            // A bitmap as an image, an SVG as vector shapes: the same drawing as a figure's.
            var width = leading * 4;
            photoHeight = width * proportions.Height / proportions.Width;
            items.AddRange(picture.Place(new Rect(0, 0, width, photoHeight), element.Add(StructureKind.Figure, altText: $"{text.Phrases.PhotoOf} {speaker.Name}")));
            x = width + (leading * 0.8);
        }

        var measure = Theme.Measure - x;
        var source = text.Meta.Source;
        List<ModelInline> name = [new Strong(source, [new Text(source, speaker.Name)])];
        if (speaker is { Handle: { } handle, HandleUrl: { } url })
        {
            name.AddRange([new Text(source, " "), new Handle(source, handle, url)]);
        }

        var y = text.Place(text.Lines(name, text.Ragged(size, measure, color: Theme.AccentColor), element.Add(StructureKind.H2)), size, leading, x, 0, items);
        var muted = text.Ragged(size, measure, color: Theme.MutedColor);
        if (speaker.Affiliation is { } affiliation)
        {
            y += text.Place(text.Lines(affiliation, muted with { Italic = true }, element.Add(StructureKind.P)), size, leading, x, y, items);
        }

        if (speaker.Bio.Count > 0)
        {
            y += leading * 0.25;
            y += text.Place(text.Lines(speaker.Bio, text.Ragged(size, measure), element.Add(StructureKind.P)), size, leading, x, y, items);
        }

        y += leading * 0.25;
        y += text.Place(text.Lines(Talks(entry.Talks, pages, source), muted, element.Add(StructureKind.P)), size, leading, x, y, items);
        return new FlowBox(Math.Max(y, photoHeight), items.ToImmutable(), Anchor: new Anchor(id));
    }

    /// <summary>"Notes on the Engine, p. 5", one talk a line, each a link to where the talk opens.</summary>
    private List<ModelInline> Talks(IReadOnlyList<WriteUp> talks, IReadOnlyDictionary<string, int> pages, SourceSpan source)
    {
        var inlines = new List<ModelInline>();
        foreach (var talk in talks)
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak(source));
            }

            var label = pages.TryGetValue(talk.Id, out var page) ? $"{talk.Meta.Title}, {text.Phrases.PageAbbreviation}\u00a0{PageMap.Label(page)}" : talk.Meta.Title;
            inlines.Add(new Link(source, new InternalTarget(talk.Id), [new Text(source, label)]));
        }

        return inlines;
    }
}
