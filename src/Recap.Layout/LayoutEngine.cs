using System.Collections.Concurrent;
using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Booklet;
using Recap.Layout.Flow;
using Recap.Layout.Hyphenation;
using Recap.Layout.Pages;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Model.Phrases;
using Recap.Spooling;

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
    // The write-ups' stored lines kept in memory before the rest wait on disk: all of 200 talks' (about 5 MB),
    // a tenth of 2,000 talks' (whose stores alone would be 52 MB beside everything else the build holds).
    private const long StoredInMemory = 16 * 1024 * 1024;

    /// <param name="paginated">Called once the pages are cut, before their frames are composed, with where every
    /// node lands: what needs no more than that (the ebook's list of printed pages) can begin then.</param>
    public static LayoutResult Layout(Publication publication, Theme theme, LayoutOptions options, DiagnosticBag diagnostics, Action<PageMap>? paginated = null)
    {
        var hyphenator = Hyphenator(publication.Meta.Language, publication.Meta.Source, theme, diagnostics);
        var images = new ImageStore();
        var writeUps = publication.WriteUps;
        var flows = new IReadOnlyList<FlowNode>[writeUps.Count];
        var sections = new StructureElement[writeUps.Count];
        var spill = new SpillFile(StoredInMemory);
        // One context a thread, not one a task: each holds measuring and shaping caches and scratch arrays that
        // start empty (Parallel.For's per-task state made 22 of them for 200 talks). Let go before the booklet is
        // assembled: the caches' words are not needed beside every page being composed.
        // The write-ups go out one at a time, in order, to one worker a core. Parallel.For split them into ranges
        // and ran up to twice as many workers as cores: the last range's write-ups were set one after another while
        // the other core idled (200 talks: layout 445–481 → 386–441 ms).
        var order = Partitioner.Create(Enumerable.Range(0, writeUps.Count), EnumerablePartitionerOptions.NoBuffering);
        using (var contexts = new ThreadLocal<LayoutContext>(() => new LayoutContext(theme, publication, hyphenator, images, diagnostics)))
        {
            Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                // A write-up in another language than the book's is hyphenated by its own patterns and tagged with its language.
                var language = writeUps[i].Meta.Language;
                var own = language is null ? contexts.Value! : new LayoutContext(theme, publication, Hyphenator(language, writeUps[i].Source, theme, diagnostics), images, diagnostics);
                var flow = new WriteUpFlow(own, writeUps[i], new StructureElement(StructureKind.Sect, language: language));
                flows[i] = StoredFlow.Of(flow.Build(), theme.Fonts.Book, spill);
                sections[i] = flow.Section;
            });
        }

        // The booklet around the write-ups: cover, colophon, contents with real page numbers, notes, back cover.
        var booklet = new BookletAssembler(new LayoutContext(theme, publication, hyphenator, images, diagnostics)).Assemble(writeUps, flows, sections, paginated);
        var document = new PagedDocument(booklet.Pages, booklet.Structure, WithTalkPages(publication, booklet.Map, Outline(writeUps)), Info(publication.Meta, options));
        return new LayoutResult(document, booklet.Map, theme.Fonts.Book, spill);
    }

    /// <summary>
    /// The booklet's cover alone (its page 1, as <see cref="Layout"/> sets it): what the ebook shows as its
    /// cover picture. It is set from the book's fields only, so it can be set while the write-ups are still read.
    /// </summary>
    public static Page Cover(BookMeta book, string contentFolder, Theme theme, DiagnosticBag diagnostics)
    {
        // A publication of the cover alone: the page reads nothing but the book's fields.
        var cover = new Publication(book, [], contentFolder, default);
        var text = new PageText(new LayoutContext(theme, cover, hyphenator: null, new ImageStore(), diagnostics));
        return new CoverPage(text).Compose(new StructureElement(StructureKind.Document).Add(StructureKind.Sect));
    }

    private static Hyphenator? Hyphenator(string language, SourceSpan source, Theme theme, DiagnosticBag diagnostics)
    {
        if (!theme.Hyphenate)
        {
            return null;
        }

        var hyphenator = theme.Hyphenation.For(language);
        // Chinese, Japanese and Korean break between characters, not by hyphenating: nothing to warn about.
        if (hyphenator is null && language.Split('-')[0] is not ("ja" or "zh" or "ko"))
        {
            diagnostics.Warning(source, "no-hyphenation", $"no hyphenation patterns for language '{language}': the booklet is set without hyphenation");
        }

        return hyphenator;
    }

    /// <summary>The programme before the write-ups and the speakers after them, when the booklet has them (their marks are on its pages).</summary>
    private static IEnumerable<OutlineEntry> WithTalkPages(Publication publication, PageMap map, IEnumerable<OutlineEntry> writeUps)
    {
        var phrases = PhraseSet.For(publication.Meta.Language);
        IEnumerable<OutlineEntry> Section(string title, string id) => map.Find(id) is null ? [] : [new OutlineEntry(title, id)];
        return Section(phrases.Programme, ProgrammeList.MarkId).Concat(writeUps).Concat(Section(phrases.Speakers, SpeakersList.MarkId));
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
