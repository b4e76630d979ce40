using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Flow;
using Recap.Layout.Pages;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Theming;

namespace Recap.Layout.Booklet;

/*
 * Puts the booklet together, cover to back cover:
 *
 *   1 cover · 2 colophon · 3… contents · the foreword and talks · ruled notes pages · back cover
 *
 * The contents (the programme, the write-ups, the speakers section, as the ebook's nav lists them)
 * print page numbers that depend on the contents' own length, so the contents are paged, and
 * again with the numbers the page map found, until the numbers printed are the numbers found
 * (TeX's and QuestPDF's two passes; entries reserve room for three figures, so the second pass
 * settles it). The write-ups between them are cut into pages once for each page they may start
 * on. Notes pages then bring the page count to a multiple of four for saddle stitching, with the
 * back cover last.
 */

/// <summary>Assembles the booklet's pages around the write-ups' vertical lists.</summary>
internal sealed class BookletAssembler(LayoutContext context)
{
    /// <summary>The cover and the colophon come before the pages the page builder cuts.</summary>
    public const int FrontPages = 2;

    private const int MaxPasses = 4;

    private Theme Theme => context.Theme;

    /// <param name="paginated">Called with the page map once the pages are cut, before their frames are composed.</param>
    public BookletPages Assemble(IReadOnlyList<WriteUp> writeUps, IReadOnlyList<IReadOnlyList<FlowNode>> flows, IReadOnlyList<StructureElement> sections, Action<PageMap>? paginated = null)
    {
        var text = new PageText(context);
        var root = new StructureElement(StructureKind.Document);
        var pages = new List<Page?>
        {
            new CoverPage(text).Compose(root.Add(StructureKind.Sect)),
            new ColophonPage(text).Compose(root.Add(StructureKind.Sect)),
        };

        var extras = new BackMatter(context, text);
        var (contents, bodies, printed) = PageContentsAndText(writeUps, Join(flows), new ContentsList(text), extras);
        root.Add(contents);
        extras.AddProgramme(root);
        foreach (var section in sections)
        {
            root.Add(section);
        }

        extras.AddSpeakers(root);

        // Ruled notes pages bring the count to a multiple of four (saddle stitching), the back cover last.
        var notesPages = (4 - ((FrontPages + bodies.Count + 1) % 4)) % 4;
        var map = Map(bodies, FrontPages + bodies.Count + notesPages + 1);
        paginated?.Invoke(map);

        var composer = new PageComposer(Theme, context.Publication.Meta.Title, context.Diagnostics, context.Publication.Meta.Source);
        var (made, waiting) = Compose(bodies, composer);
        pages.AddRange(made);

        var notes = new NotesPage(text, composer);
        var notesSection = new StructureElement(StructureKind.Sect);
        for (var i = 0; i < notesPages; i++)
        {
            pages.Add(notes.Compose(pages.Count + 1, notesSection));
        }

        if (notesSection.Children.Count > 0)
        {
            root.Add(notesSection);
        }

        pages.Add(new BackCover(text).Compose(pages.Count + 1, writeUps, root.Add(StructureKind.Sect)));
        // The waiting bodies by page index: they follow the front pages, as their made pages do.
        var toCompose = new PageBody?[pages.Count];
        waiting.CopyTo(toCompose, FrontPages);
        return new BookletPages(new ComposedPages([.. pages], toCompose, composer), root, map, printed);
    }

    /// <summary>The page map counts every page of the booklet; only the builder's pages carry anchors.</summary>
    private PageMap Map(IReadOnlyList<PageBody> bodies, int pageCount)
    {
        var all = new List<PageBody>(pageCount);
        all.AddRange(Enumerable.Repeat(Blank, FrontPages));
        all.AddRange(bodies);
        all.AddRange(Enumerable.Repeat(Blank, pageCount - all.Count));
        return new PageMap(all, number => Theme.TextBlock(number).Y);
    }

    private static PageBody Blank { get; } = new([], [], null, Opens: false);

    /// <summary>
    /// The bodies' pages: a body whose boxes all put their ink inside the text block is kept to be composed
    /// when its page is read (<see cref="ComposedPages"/>); any other page is composed now, side by side
    /// (each page is its own), so that what it reports is reported before anything is written: each page's
    /// warnings are collected apart and reported in page order. The furniture's faces are in the font book
    /// first, so the output does not depend on which page finished first.
    /// </summary>
    private (Page?[] Made, PageBody?[] Waiting) Compose(IReadOnlyList<PageBody> bodies, PageComposer composer)
    {
        var book = Theme.Fonts.Book;
        book.Add(Theme.Fonts.Italic.Primary);
        book.Add(Theme.Fonts.Regular.Primary);
        var made = new Page?[bodies.Count];
        var waiting = new PageBody?[bodies.Count];
        var warnings = new DiagnosticBag?[bodies.Count];
        Parallel.For(0, bodies.Count, i =>
        {
            var (body, number) = (bodies[i], FrontPages + 1 + i);
            if (composer.InkInside(body, number))
            {
                waiting[i] = body;
                return;
            }

            warnings[i] = new DiagnosticBag();
            made[i] = new PageComposer(Theme, context.Publication.Meta.Title, warnings[i]!, context.Publication.Meta.Source).Compose(body, number);
        });
        foreach (var diagnostic in warnings.SelectMany(bag => bag?.Sorted() ?? []))
        {
            context.Diagnostics.Add(diagnostic);
        }

        return (made, waiting);
    }

    /// <summary>Pages the contents and the write-ups until the contents print the pages the write-ups land on.</summary>
    private (StructureElement Contents, IReadOnlyList<PageBody> Bodies, IReadOnlyDictionary<string, int> Printed) PageContentsAndText(
        IReadOnlyList<WriteUp> writeUps, IReadOnlyList<FlowNode> text, ContentsList contents, BackMatter extras)
    {
        var builder = new PageBuilder(Theme.TextBlock(1).Height, Theme.FootnoteLeading * 1.2);
        var entries = extras.ContentsEntries(writeUps);
        var entryIds = entries.Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        IReadOnlyDictionary<string, int> printed = new Dictionary<string, int>(StringComparer.Ordinal);

        // Only the contents, the programme and the speakers carry page numbers. The write-ups begin after a
        // forced break, so their pages depend on nothing before it but whether they start on a recto and
        // which write-up runs on: they are cut once for each such start, not again in every pass, with where
        // the entries among them begin.
        var textPages = new Dictionary<(bool Recto, FlowMark? Running), (IReadOnlyList<PageBody> Pages, Dictionary<string, int> Starts, FlowMark? RunningAfter)>();
        for (var pass = 1; ; pass++)
        {
            var section = new StructureElement(StructureKind.Sect);
            List<FlowNode> front = [.. contents.Build(entries, printed, section), .. extras.Programme(printed), new FlowPageBreak(Recto: Theme.TalkStart == TalkStart.Recto)];
            var frontPages = builder.Build(front, FrontPages + 1);
            var textStart = FrontPages + 1 + frontPages.Count;
            var running = PageBuilder.RunningAfter(front);
            var start = (Recto: textStart % 2 == 1, Running: running);
            if (!textPages.TryGetValue(start, out var cut))
            {
                // Where entries start, counted from the write-ups' first page as 0: the passes number it.
                var pages = builder.Build(text, textStart, running);
                cut = (pages, Starts(pages, 0, entryIds), PageBuilder.RunningAfter(text, running));
                textPages[start] = cut;
            }

            // The speakers section opens the page after the write-ups' last, whatever its entries print:
            // it is set once, when the numbers have settled.
            var speakersStart = textStart + cut.Pages.Count;
            // Where an id starts twice, the first page counts, as in the page map.
            var found = Starts(frontPages, FrontPages + 1, entryIds);
            foreach (var (id, index) in cut.Starts)
            {
                found.TryAdd(id, textStart + index);
            }

            int? speakersMark = entryIds.Contains(SpeakersList.MarkId) && !found.ContainsKey(SpeakersList.MarkId) ? speakersStart : null;
            if (speakersMark is { } opens)
            {
                found[SpeakersList.MarkId] = opens;
            }

            if (found.Count == printed.Count && found.All(f => printed.TryGetValue(f.Key, out var page) && page == f.Value))
            {
                var speakerPages = builder.Build([.. extras.Speakers(printed)], speakersStart, cut.RunningAfter);
                var added = Starts(speakerPages, speakersStart, entryIds)
                    .Where(start => !found.ContainsKey(start.Key) || (start.Key == SpeakersList.MarkId && speakersMark is not null));
                if (!added.SequenceEqual(speakersMark is { } page ? [KeyValuePair.Create(SpeakersList.MarkId, page)] : []))
                {
                    throw new InvalidOperationException("the speakers section added a page number the passes did not foresee");
                }

                return (section, [.. frontPages, .. cut.Pages, .. speakerPages], printed);
            }

            if (pass == MaxPasses)
            {
                throw new InvalidOperationException($"the contents' page numbers did not settle after {MaxPasses} passes");
            }

            printed = found;
        }
    }

    /// <summary>The page number each of <paramref name="ids"/> starts on among <paramref name="pages"/>, the first of which is numbered <paramref name="first"/>.</summary>
    private static Dictionary<string, int> Starts(IReadOnlyList<PageBody> pages, int first, HashSet<string> ids)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (page, _, anchor) in PageMap.Anchors(pages))
        {
            if (anchor.Word < 0 && ids.Contains(anchor.NodeId))
            {
                starts.TryAdd(anchor.NodeId, first + page);
            }
        }

        return starts;
    }

    /// <summary>The write-ups' lists one after another, with the theme's break before each talk.</summary>
    private List<FlowNode> Join(IReadOnlyList<IReadOnlyList<FlowNode>> flows)
    {
        var nodes = new List<FlowNode>();
        for (var i = 0; i < flows.Count; i++)
        {
            if (i > 0)
            {
                nodes.Add(Theme.TalkStart switch
                {
                    TalkStart.Recto => new FlowPageBreak(Recto: true),
                    TalkStart.Page => new FlowPageBreak(Recto: false),
                    _ => new FlowGlue(Theme.BodyLeading * 3),
                });
            }

            nodes.AddRange(flows[i]);
        }

        return nodes;
    }
}
