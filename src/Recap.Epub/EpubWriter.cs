using Recap.Model;

namespace Recap.Epub;

/// <summary>
/// Writes a publication as an EPUB 3 (with an EPUB 2 NCX for older readers). Reads only the model;
/// the same model and options give the same bytes.
/// </summary>
public static class EpubWriter
{
    /// <param name="output">Receives the whole book; a non-seekable stream is fine (the book is assembled in memory first).</param>
    public static void Write(Publication publication, EpubOptions options, Stream output)
    {
        var plan = new BookPlan(publication, options);
        var toc = TocEntry.For(plan);

        // Drawing and encoding the cover is the slowest step: it runs beside the text and goes into the zip last.
        var cover = Task.Run(() => publication.Meta.Cover is { } given ? File.ReadAllBytes(given.Path) : CoverRenderer.Render(publication.Meta, options.ThemeFolder));

        // A seekable buffer lets the zip put sizes in its local headers, which some readers need.
        using var buffer = new MemoryStream();
        using (var archive = new EpubArchive(buffer, options.Modified))
        {
            archive.Add(ContainerDocument.ContainerPath, Utf8(ContainerDocument.Container));
            archive.Add(ContainerDocument.DisplayOptionsPath, Utf8(ContainerDocument.DisplayOptions));
            const string root = BookPlan.PackageFolder;
            Write(archive, BookPlan.PackagePath, s => PackageDocument.Write(s, plan));
            Write(archive, root + BookPlan.Nav, s => NavDocument.Write(s, plan, toc));
            Write(archive, root + BookPlan.Ncx, s => NcxDocument.Write(s, plan, toc));
            archive.Add(root + BookPlan.Stylesheet, Utf8(plan.StylesheetText));
            plan.Fonts.WriteTo(archive, root);
            plan.Images.WriteTo(archive, root);
            Write(archive, root + BookPlan.CoverPage, s => FrontPages.WriteCover(s, plan));
            Write(archive, root + BookPlan.TitlePage, s => FrontPages.WriteTitlePage(s, plan));
            Write(archive, root + BookPlan.CopyrightPage, s => FrontPages.WriteCopyrightPage(s, plan));
            foreach (var file in plan.WriteUps)
            {
                Write(archive, root + file.Href, s => WriteUpDocument.Write(s, file, plan));
            }

            archive.Add(root + plan.CoverImage.Href, cover.GetAwaiter().GetResult());
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Write(EpubArchive archive, string path, Action<Stream> write)
    {
        using var stream = archive.Open(path);
        write(stream);
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
