using Recap.Markdown.BookFile;
using Recap.Markdown.Conversion;
using Recap.Markdown.Files;
using Recap.Markdown.Images.Remote;
using Recap.Markdown.WriteUps;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown;

/// <summary>
/// Reads a content folder (book.yml and one Markdown file per write-up, as
/// <c>shared/content-format.md</c> describes) into a <see cref="Publication"/>.
/// </summary>
public static class ContentReader
{
    /// <summary>
    /// Reads <paramref name="contentFolder"/>, reporting every problem into <paramref name="diagnostics"/>
    /// with paths as <c>Path.Combine(contentFolder, file)</c>. Never throws on bad content.
    /// </summary>
    /// <returns>
    /// Null only when there is nothing to build from (no folder, no book.yml, or a book.yml that
    /// cannot be read); otherwise the publication, even when errors were reported, so that one run
    /// reports every problem. Check <see cref="DiagnosticBag.HasErrors"/> before writing anything.
    /// </returns>
    /// <param name="remote">How pictures named by web address are had; null fetches none (each is a warning and a placeholder).</param>
    /// <param name="bookRead">Called with the book's fields once book.yml is read, before the write-ups are: what needs
    /// nothing else (the ebook's drawn cover) can start while they are read.</param>
    public static Publication? Read(string contentFolder, DiagnosticBag diagnostics, RemotePictureOptions? remote = null, Action<BookMeta>? bookRead = null)
    {
        if (!Directory.Exists(contentFolder))
        {
            diagnostics.Error(SourceSpan.StartOf(contentFolder), "no-content-folder", "the content folder does not exist");
            return null;
        }

        var context = new ContentContext(contentFolder, diagnostics, remote);
        if (!File.Exists(Path.Combine(context.FullPath, BookFileReader.FileName)))
        {
            diagnostics.Error(SourceSpan.StartOf(context.DisplayPath(BookFileReader.FileName)), "no-book-file", "the content folder has no book.yml", "create one with at least `title: …`");
            return null;
        }

        if (BookFileReader.Read(context) is not { } book)
        {
            return null;
        }

        bookRead?.Invoke(book.Meta);

        // Each file parses on its own (Markdig's pipeline is immutable): in parallel, kept in reading order.
        var files = WriteUpDiscovery.Find(context, book.Order).ToList();
        if (TotalBytes(context, files) is var total && total > ContentLimits.AllWriteUpsBytes)
        {
            diagnostics.Error(SourceSpan.StartOf(context.ContentFolder), "content-too-large", $"the write-ups hold {total:N0} bytes together, over the limit of {ContentLimits.AllWriteUpsBytes:N0}", "publish them as more than one book");
            return null;
        }

        var results = new ParsedWriteUp?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = WriteUpParser.Parse(context, files[i], book.Meta));
        var parsed = results.OfType<ParsedWriteUp>().ToList();
        if (parsed.Count == 0)
        {
            diagnostics.Warning(book.Meta.Source, "no-write-ups", "the publication has no write-ups", "add a Markdown file per write-up next to book.yml");
        }

        // Every web picture of every write-up at once, before conversion needs them one by one.
        context.Remote.FetchAll(parsed.SelectMany(p => p.RemotePictures));
        SlugAssigner.Assign(parsed, diagnostics);
        var writeUps = WriteUpConverter.ConvertAll(context, book.Meta, parsed);
        return new Publication(book.Meta, writeUps, context.FullPath, context.NewestUse());
    }

    /// <summary>The write-ups' sizes as listed; a file that is not regular counts as nothing here and is refused when read.</summary>
    private static long TotalBytes(ContentContext context, List<string> files) =>
        files.Sum(file => Path.Combine(context.FullPath, file) is var path && FileKind.IsRegularFile(path) ? new FileInfo(path).Length : 0);
}
