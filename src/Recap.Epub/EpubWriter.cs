using Recap.Model;
using Recap.Spooling;

namespace Recap.Epub;

/// <summary>
/// Writes a publication as an EPUB 3 (with an EPUB 2 NCX for older readers). Reads only the model;
/// the same model and options give the same bytes.
/// </summary>
public static class EpubWriter
{
    // The content documents deflated, waiting for the fonts: 2 MB in memory holds 200 talks' (0.8 MB); 2,000 talks' (8 MB) spill.
    private const int PagesInMemory = 2 * 1024 * 1024;

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
        // deflated into its entry at once and set aside until the fonts are written, so the book's text is
        // never all in memory.
        const string root = BookPlan.PackageFolder;
        var shown = new CodePoints();
        using var rendering = new MemoryStream();
        using var spool = new Spool(PagesInMemory);
        var pages = archive.Ahead(spool);
        void Page(string path, Action<Stream> write)
        {
            var bytes = Render(rendering, write);
            shown.AddUtf8(bytes);
            pages.Add(path, bytes);
        }

        var nav = Render(rendering, s => NavDocument.Write(s, plan, toc)).ToArray();
        shown.AddUtf8(nav);
        Page(root + BookPlan.CoverPage, s => FrontPages.WriteCover(s, plan));
        Page(root + BookPlan.TitlePage, s => FrontPages.WriteTitlePage(s, plan));
        Page(root + BookPlan.CopyrightPage, s => FrontPages.WriteCopyrightPage(s, plan));
        if (plan.ProgrammeItem is { } programme)
        {
            Page(root + programme.Href, s => ProgrammeDocument.Write(s, plan));
        }

        foreach (var file in plan.WriteUps)
        {
            Page(root + file.Href, s => WriteUpDocument.Write(s, file, plan));
        }

        if (plan.SpeakersItem is { } speakers)
        {
            Page(root + speakers.Href, s => SpeakersDocument.Write(s, plan));
        }

        var fonts = plan.Fonts.Subset(shown, plan.StylesheetText, [.. plan.Theme.Fonts.Fallback.Select(plan.Theme.Fonts.PathOf)], options.SystemFonts, options.LoadedFaces ?? []);

        archive.Add(ContainerDocument.ContainerPath, Utf8(ContainerDocument.Container));
        archive.Add(ContainerDocument.DisplayOptionsPath, Utf8(ContainerDocument.DisplayOptions));
        Write(archive, BookPlan.PackagePath, s => PackageDocument.Write(s, plan, fonts));
        archive.Add(root + BookPlan.Nav, nav);
        Write(archive, root + BookPlan.Ncx, s => NcxDocument.Write(s, plan, toc));
        archive.Add(root + BookPlan.Stylesheet, Utf8(fonts.Stylesheet));
        foreach (var (font, bytes) in fonts.Files)
        {
            archive.Add(root + font.Href, bytes);
        }

        plan.Images.WriteTo(archive, root);
        archive.Append(pages, spool);

        // Last, so that everything else is written while the cover is still being drawn.
        archive.Add(root + plan.CoverImage.Href, cover.GetAwaiter().GetResult());
        archive.Finish();
    }

    // One buffer for every document, read before the next is rendered: a stream per document would grow
    // (and copy) its way up to the document's size every time.
    private static ReadOnlySpan<byte> Render(MemoryStream buffer, Action<Stream> write)
    {
        buffer.SetLength(0);
        write(buffer);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    private static void Write(EpubArchive archive, string path, Action<Stream> write)
    {
        using var stream = archive.Open(path);
        write(stream);
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
