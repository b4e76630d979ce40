using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Model;
using Recap.Model.Phrases;
using ModelInline = Recap.Model.Inline;

namespace Recap.Layout.Blocks;

// The opener: a short accent rule, the title (H1), the byline with speakers, affiliations and
// handle links, and the summary in italic.
internal sealed partial class WriteUpFlow
{
    private void Opener()
    {
        var title = Section.Add(StructureKind.H1);
        var measure = new Region(0, Theme.Measure);
        var leading = Theme.TitleSize * 1.2;
        _nodes.Add(new FlowBox(Theme.BodyLeading, [
            new ShapeItem(ShapePath.Line(new Point(0, Theme.BodyLeading * 0.3), new Point(Theme.BodyLeading * 2.5, Theme.BodyLeading * 0.3)), null, new Stroke(Theme.AccentColor, 2), null),
        ]));
        _nodes.Add(FlowPenalty.Forbid);
        var format = ParagraphFormat.Heading(Theme, Theme.TitleSize) with { Weight = TextWeight.Bold };
        var source = _writeUp.Source;
        SetLines(_writeUp.Id, [new Text(source, _writeUp.Meta.Title)], format, measure, title, leading, keepTogether: true, destination: _writeUp.Id);

        Photos();
        if (_writeUp.Meta.Speakers.Count > 0)
        {
            _nodes.Add(FlowPenalty.Forbid);
            _nodes.Add(new FlowGlue(Theme.BodyLeading * 0.4));
            _nodes.Add(FlowPenalty.Forbid);
            var byline = ParagraphFormat.Heading(Theme, Theme.BodySize) with { Color = Theme.AccentColor };
            SetLines(_writeUp.BylineId, Byline(source), byline, measure, Section.Add(StructureKind.P), Theme.BodyLeading, keepTogether: true);
        }

        if (_writeUp.Meta.Summary is { } summary)
        {
            _nodes.Add(FlowPenalty.Forbid);
            _nodes.Add(new FlowGlue(Theme.BodyLeading * 0.4));
            _nodes.Add(FlowPenalty.Forbid);
            var format2 = _context.Body with { Italic = true, Color = Theme.MutedColor, Alignment = ParagraphAlignment.RaggedRight, Hyphenate = false };
            SetLines(_writeUp.SummaryId, [new Text(source, summary)], format2, measure, Section.Add(StructureKind.P), Theme.BodyLeading, keepTogether: true);
        }

        Links();

        _nodes.Add(FlowPenalty.Forbid);
        _nodes.Add(new FlowGlue(Theme.BodyLeading * BlockSpacing.AfterOpener));
        _nodes.Add(FlowPenalty.Forbid);
        _indentNext = false;
    }

    /// <summary>"Peter Sanford @psanford, RetailNext &amp; Muir Manders, RetailNext" as inlines with handle links.</summary>
    private List<ModelInline> Byline(SourceSpan source)
    {
        var inlines = new List<ModelInline>();
        foreach (var speaker in _writeUp.Meta.Speakers)
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new Text(source, Words.BylineSeparator));
            }

            inlines.Add(new Text(source, speaker.Name));
            if (speaker is { Handle: { } handle, HandleUrl: { } url })
            {
                inlines.Add(new Text(source, " "));
                inlines.Add(new Handle(source, handle, url));
            }

            if (speaker.Affiliation is { } affiliation)
            {
                inlines.Add(new Text(source, ", " + affiliation));
            }
        }

        return inlines;
    }
}
