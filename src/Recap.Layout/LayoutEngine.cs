using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Booklet;
using Recap.Layout.Flow;
using Recap.Layout.Hyphenation;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Layout;

/// <summary>
/// The typesetting engine: sets each write-up into a vertical list (in parallel; they are
/// independent), then assembles the booklet around them (<see cref="BookletAssembler"/>): joins the
/// lists with the theme's breaks between write-ups, cuts them into pages after the cover, colophon
/// and contents, adds the page furniture, notes pages and back cover. Returns frames for an
/// exporter and the page map.
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

        // The booklet around the write-ups: cover, colophon, contents with real page numbers, notes, back cover.
        var booklet = new BookletAssembler(new LayoutContext(theme, publication, hyphenator, images, diagnostics)).Assemble(writeUps, flows, sections);
        var document = new PagedDocument(booklet.Pages, booklet.Structure, Outline(writeUps), Info(publication.Meta, options));
        return new LayoutResult(document, booklet.Map);
    }

    /// <summary>
    /// The booklet's cover alone (its page 1, as <see cref="Layout"/> sets it): what the ebook shows as its
    /// cover picture when only the ebook is built.
    /// </summary>
    public static Page Cover(Publication publication, Theme theme, DiagnosticBag diagnostics)
    {
        var text = new PageText(new LayoutContext(theme, publication, hyphenator: null, new ImageStore(), diagnostics));
        return new CoverPage(text).Compose(new StructureElement(StructureKind.Document).Add(StructureKind.Sect));
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
            // A heading without text has nothing to show as a bookmark (the reader leaves such out; a model made otherwise may not).
            foreach (var heading in writeUp.Body.OfType<Heading>().Where(h => InlineText.Plain(h.Content).Trim().Length > 0))
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
