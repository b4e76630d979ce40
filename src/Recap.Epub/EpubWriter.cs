using Recap.Model;
using Recap.Spooling;

namespace Recap.Epub;

/// <summary>
/// Writes a publication as an EPUB 3 (with an EPUB 2 NCX for older readers). Reads only the model;
/// the same model and options give the same bytes.
/// </summary>
public static class EpubWriter
{
    // The content documents deflated, waiting for their place: 2 MB in memory holds 200 talks' (0.8 MB) and
    // 2,000 talks' navigation (0.2 MB); 2,000 talks' pages (8 MB) spill.
    private const int AheadInMemory = 2 * 1024 * 1024;

    /// <param name="output">Receives the whole book, from start to end (it need not seek).</param>
    public static void Write(Publication publication, EpubOptions options, Stream output)
    {
        var plan = new BookPlan(publication, options);
        var toc = TocEntry.For(plan);

        var cover = publication.Meta.Cover is { } given
            ? Task.FromResult(given.Content.ToArray())
            : options.CoverPicture ?? throw new ArgumentException("the content names no cover and the options carry no cover picture", nameof(options));

        var archive = new EpubArchive(output, options.Modified);

        // The content documents are rendered first: the fonts, which come before them in the book, keep only
        // the characters they show (markup's come along: a few glyphs, and nothing shown is missed). Each is
        // deflated into its entry at once and set aside until its place comes, so the book's text is never
        // all in memory.
        const string root = BookPlan.PackageFolder;
        var shown = new CodePoints();
        using var navSpool = new Spool(AheadInMemory);
        using var pagesSpool = new Spool(AheadInMemory);
        var (navEntry, pages) = (archive.Ahead(navSpool), archive.Ahead(pagesSpool));
        using (var rendering = new MemoryStream())
        {
            // One buffer for every document, read before the next is rendered: a stream per document would
            // grow (and copy) its way up to the document's size every time.
            void Render(ZipEntries entries, string path, Action<Stream> write)
            {
                rendering.SetLength(0);
                write(rendering);
                var bytes = rendering.GetBuffer().AsSpan(0, (int)rendering.Length);
                shown.AddUtf8(bytes);
                entries.Add(path, bytes);
            }

            Render(pages, root + BookPlan.CoverPage, s => FrontPages.WriteCover(s, plan));
            Render(pages, root + BookPlan.TitlePage, s => FrontPages.WriteTitlePage(s, plan));
            Render(pages, root + BookPlan.CopyrightPage, s => FrontPages.WriteCopyrightPage(s, plan));
            if (plan.ProgrammeItem is { } programme)
            {
                Render(pages, root + programme.Href, s => ProgrammeDocument.Write(s, plan));
            }

            foreach (var file in plan.WriteUps)
            {
                Render(pages, root + file.Href, s => WriteUpDocument.Write(s, file, plan));
            }

            if (plan.SpeakersItem is { } speakers)
            {
                Render(pages, root + speakers.Href, s => SpeakersDocument.Write(s, plan));
            }

            // Last: the largest document (3 MB for 2,000 talks), so the buffer grows to its size only as it is let go.
            Render(navEntry, root + BookPlan.Nav, s => NavDocument.Write(s, plan, toc));
        }

        var fonts = plan.Fonts.Subset(shown, plan.StylesheetText, [.. plan.Theme.Fonts.Fallback.Select(plan.Theme.Fonts.PathOf)], options.SystemFonts, options.LoadedFaces ?? []);

        archive.Add(ContainerDocument.ContainerPath, Utf8(ContainerDocument.Container));
        archive.Add(ContainerDocument.DisplayOptionsPath, Utf8(ContainerDocument.DisplayOptions));
        Write(archive, BookPlan.PackagePath, s => PackageDocument.Write(s, plan, fonts));
        archive.Append(navEntry, navSpool);
        Write(archive, root + BookPlan.Ncx, s => NcxDocument.Write(s, plan, toc));
        archive.Add(root + BookPlan.Stylesheet, Utf8(fonts.Stylesheet));
        foreach (var (font, bytes) in fonts.Files)
        {
            archive.Add(root + font.Href, bytes);
        }

        plan.Images.WriteTo(archive, root);
        archive.Append(pages, pagesSpool);

        // Last, so that everything else is written while the cover is still being drawn.
        archive.Add(root + plan.CoverImage.Href, cover.GetAwaiter().GetResult());
        archive.Finish();
    }

    private static void Write(EpubArchive archive, string path, Action<Stream> write)
    {
        using var stream = archive.Open(path);
        write(stream);
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
