using Recap.Model;

namespace Recap.Epub;

/// <summary>
/// Writes a publication as an EPUB 3 (with an EPUB 2 NCX for older readers). Reads only the model;
/// the same model and options give the same bytes.
/// </summary>
public static class EpubWriter
{
    /// <param name="output">Receives the whole book; a non-seekable stream is fine (the book is then assembled in memory first).</param>
    public static void Write(Publication publication, EpubOptions options, Stream output)
    {
        var plan = new BookPlan(publication, options);
        var toc = TocEntry.For(plan);

        var cover = publication.Meta.Cover is { } given
            ? Task.FromResult(given.Content.ToArray())
            : options.CoverPicture ?? throw new ArgumentException("the content names no cover and the options carry no cover picture", nameof(options));

        // The content documents are rendered first: the fonts keep only the characters they show.
        const string root = BookPlan.PackageFolder;
        using var rendering = new MemoryStream();
        var nav = Render(rendering, s => NavDocument.Write(s, plan, toc));
        var pages = new List<(string Path, byte[] Bytes)>
        {
            (root + BookPlan.CoverPage, Render(rendering, s => FrontPages.WriteCover(s, plan))),
            (root + BookPlan.TitlePage, Render(rendering, s => FrontPages.WriteTitlePage(s, plan))),
            (root + BookPlan.CopyrightPage, Render(rendering, s => FrontPages.WriteCopyrightPage(s, plan))),
        };
        if (plan.ProgrammeItem is { } programme)
        {
            pages.Add((root + programme.Href, Render(rendering, s => ProgrammeDocument.Write(s, plan))));
        }

        pages.AddRange(plan.WriteUps.Select(file => (root + file.Href, Render(rendering, s => WriteUpDocument.Write(s, file, plan)))));
        if (plan.SpeakersItem is { } speakers)
        {
            pages.Add((root + speakers.Href, Render(rendering, s => SpeakersDocument.Write(s, plan))));
        }

        var fonts = plan.Fonts.Subset(pages.Select(p => p.Bytes).Append(nav), plan.StylesheetText, [.. plan.Theme.Fonts.Fallback.Select(plan.Theme.Fonts.PathOf)], options.SystemFonts, options.LoadedFaces ?? []);

        // A seekable stream lets the zip put sizes in its local headers, which some readers need. The
        // zip's offsets count from the stream's start: a stream that cannot seek, or already holds
        // something, gets the book through a buffer.
        using var buffer = output.CanSeek && output.Position == 0 ? null : new MemoryStream();
        using (var archive = new EpubArchive(buffer ?? output, options.Modified))
        {
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
            foreach (var (path, bytes) in pages)
            {
                archive.Add(path, bytes);
            }

            // Last, so that everything else is written while the cover is still being drawn.
            archive.Add(root + plan.CoverImage.Href, cover.GetAwaiter().GetResult());
        }

        if (buffer is not null)
        {
            buffer.Position = 0;
            buffer.CopyTo(output);
        }
    }

    // One buffer for every document, each copied out at its size: a stream per document would grow
    // (and copy) its way up to the document's size every time.
    private static byte[] Render(MemoryStream buffer, Action<Stream> write)
    {
        buffer.SetLength(0);
        write(buffer);
        return buffer.ToArray();
    }

    private static void Write(EpubArchive archive, string path, Action<Stream> write)
    {
        using var stream = archive.Open(path);
        write(stream);
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
