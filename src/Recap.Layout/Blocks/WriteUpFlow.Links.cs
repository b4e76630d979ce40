using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Layout.Talks;
using Recap.Model;
using Recap.Model.Talks;
using ModelInline = Recap.Model.Inline;

namespace Recap.Layout.Blocks;

// The opener's links: "Video: example.org/v/42", one a line, each linked; then a row of QR codes,
// each with its kind under it, so a reader with the paper and a phone gets to the talk.
internal sealed partial class WriteUpFlow
{
    /// <summary>A phone reads a symbol of about 2 cm from a printed page at arm's length.</summary>
    private const double QrSide = 20 / 25.4 * 72;

    /// <summary>Modules under half a millimetre blur in print and in a phone's focus.</summary>
    private const double MinModule = 0.5 / 25.4 * 72;

    private void Links()
    {
        var links = _writeUp.Meta.Links;
        if (links.Count == 0)
        {
            return;
        }

        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(new FlowGlue(Theme.BodyLeading * 0.6));
        _nodes.Add(FlowPenalty.Forbid);
        var size = Theme.FootnoteSize * 1.1;
        var leading = Theme.FootnoteLeading * 1.1;
        var format = ParagraphFormat.Heading(Theme, size) with { Color = Theme.MutedColor };
        SetLines(_writeUp.Id + "--links", ListText(links), format, new Region(0, Theme.Measure), Section.Add(StructureKind.P), leading, keepTogether: true);
        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(new FlowGlue(Theme.BodyLeading * 0.2));
        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(Codes(links, size, leading));
    }

    /// <summary>"Video: example.org/v/42" lines, the short text linking to the whole URL.</summary>
    private List<ModelInline> ListText(IReadOnlyList<TalkLink> links)
    {
        var inlines = new List<ModelInline>();
        foreach (var link in links)
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak(link.Source));
            }

            inlines.Add(new Strong(link.Source, [new Text(link.Source, link.Label(Phrases) + ":")]));
            inlines.Add(new Text(link.Source, " "));
            inlines.Add(new Link(link.Source, new ExternalTarget(link.Url), [new Text(link.Source, link.ShortText)]));
        }

        return inlines;
    }

    /// <summary>
    /// The codes side by side, wrapping to more rows when they do not fit, quiet zones inside the
    /// measure and never shared. Each code is a figure (the URL its alternative text) inside a link.
    /// </summary>
    private FlowBox Codes(IReadOnlyList<TalkLink> links, double size, double leading)
    {
        var symbols = links.Select(l => QrSymbol.Encode(l.Url)).ToList();
        var module = Math.Max(MinModule, QrSide / symbols.Max(s => s.Modules));
        var cell = symbols.Max(s => s.ModulesWithQuietZone) * module;
        var perRow = Math.Max(1, (int)(Theme.Measure / cell));
        var rowHeight = cell + leading;
        var baseline = Baseline.Of(Theme.Fonts.Regular.Primary, size, leading);
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        for (var i = 0; i < links.Count; i++)
        {
            var x = i % perRow * cell;
            var y = i / perRow * rowHeight;
            var link = Section.Add(StructureKind.Link);
            var figure = link.Add(StructureKind.Figure, altText: links[i].Url);
            var symbol = symbols[i];
            var offset = (cell - (symbol.Modules * module)) / 2;
            items.Add(new ShapeItem(symbol.Path(x + offset, y + offset, module), Color.Black, null, figure));
            items.Add(new LinkItem(new Rect(x, y, cell, cell), new UriTarget(links[i].Url), link));

            // The kind under its code, below the quiet zone: which code is the video.
            var caption = ParagraphFormat.Heading(Theme, size) with { Measure = cell, Alignment = ParagraphAlignment.Centered, Color = Theme.MutedColor };
            foreach (var line in _context.Paragraphs.Layout([new Text(links[i].Source, links[i].Label(Phrases))], caption, link.Add(StructureKind.P)).Take(1))
            {
                items.Add(line.At(new Point(x, y + cell + baseline)));
            }
        }

        var rows = ((links.Count - 1) / perRow) + 1;
        return new FlowBox(rows * rowHeight, items.ToImmutable());
    }
}
