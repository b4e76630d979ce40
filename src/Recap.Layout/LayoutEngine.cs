using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Flow;
using Recap.Layout.Hyphenation;
using Recap.Layout.Pages;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Layout;

/// <summary>
/// The typesetting engine: sets each write-up into a vertical list (in parallel; they are
/// independent), joins the lists with the theme's breaks between write-ups, cuts them into pages,
/// and adds the page furniture. Returns frames for an exporter and the page map.
/// </summary>
public static class LayoutEngine
{
    public static LayoutResult Layout(Publication publication, Theme theme, LayoutOptions options, DiagnosticBag diagnostics)
    {
        var hyphenator = Hyphenator(publication, theme, diagnostics);
        var images = new ImageStore();
        var writeUps = publication.WriteUps;
        var flows = new IReadOnlyList<FlowNode>[writeUps.Count];
        var sections = new StructureElement[writeUps.Count];
        Parallel.For(0, writeUps.Count, () => new LayoutContext(theme, publication, hyphenator, images, diagnostics), (i, _, context) =>
        {
            var flow = new WriteUpFlow(context, writeUps[i], new StructureElement(StructureKind.Sect));
            flows[i] = flow.Build();
            sections[i] = flow.Section;
            return context;
        }, _ => { });

        var root = new StructureElement(StructureKind.Document);
        var nodes = new List<FlowNode>();
        for (var i = 0; i < writeUps.Count; i++)
        {
            root.Add(sections[i]);
            if (i > 0)
            {
                nodes.Add(theme.TalkStart switch
                {
                    TalkStart.Recto => new FlowPageBreak(Recto: true),
                    TalkStart.Page => new FlowPageBreak(Recto: false),
                    _ => new FlowGlue(theme.BodyLeading * 3),
                });
            }

            nodes.AddRange(flows[i]);
        }

        var bodyHeight = theme.TextBlock(1).Height;
        var bodies = new PageBuilder(bodyHeight, theme.FootnoteLeading * 1.2).Build(nodes);
        var composer = new PageComposer(theme, publication.Meta.Title);
        var pages = bodies.Select((body, i) => composer.Compose(body, i + 1));
        var map = new PageMap(bodies, number => theme.TextBlock(number).Y);
        var document = new PagedDocument(pages, root, Outline(writeUps), Info(publication.Meta, options));
        return new LayoutResult(document, map);
    }

    private static Hyphenator? Hyphenator(Publication publication, Theme theme, DiagnosticBag diagnostics)
    {
        if (!theme.Hyphenate)
        {
            return null;
        }

        var hyphenator = new HyphenationPatterns(theme.HyphenationFolder).For(publication.Meta.Language);
        if (hyphenator is null)
        {
            diagnostics.Warning(publication.Meta.Source, "no-hyphenation", $"no hyphenation patterns for language '{publication.Meta.Language}': the booklet is set without hyphenation");
        }

        return hyphenator;
    }

    /// <summary>One entry a write-up, its ## sections nested, ### under those.</summary>
    private static IEnumerable<OutlineEntry> Outline(IReadOnlyList<WriteUp> writeUps)
    {
        foreach (var writeUp in writeUps)
        {
            var sections = new List<(Heading Heading, List<OutlineEntry> Children)>();
            foreach (var heading in writeUp.Body.OfType<Heading>())
            {
                var entry = new OutlineEntry(InlineText.Plain(heading.Content), heading.Id);
                if (heading.Level == 2 || sections.Count == 0)
                {
                    sections.Add((heading, []));
                }
                else
                {
                    sections[^1].Children.Add(entry);
                }
            }

            yield return new OutlineEntry(
                writeUp.Meta.Title,
                writeUp.Id,
                [.. sections.Select(s => new OutlineEntry(InlineText.Plain(s.Heading.Content), s.Heading.Id, [.. s.Children]))]);
        }
    }

    private static DocumentInfo Info(BookMeta meta, LayoutOptions options) => new(
        meta.Title,
        meta.Language,
        Author: meta.Editors.Count > 0 ? string.Join(", ", meta.Editors) : null,
        Subject: meta.Description,
        Keywords: [.. meta.Keywords],
        Created: options.Date,
        Modified: options.Date);
}
