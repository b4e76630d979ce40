using Recap.Epub;
using Recap.Frames;
using Recap.Imposition;
using Recap.Layout;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Markdown.Images.Remote;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Pdf;
using Recap.Publishing.Output;
using Recap.Publishing.Previewing;
using Recap.Raster;
using Recap.Theming;

namespace Recap.Publishing;

/// <summary>Runs the pipeline for a command: read the content once, report, then run each writer.</summary>
public sealed class Publisher(PublishEnvironment environment)
{
    /// <summary><c>recap check</c>: everything a build does but the writing, the booklet's layout included.</summary>
    public int Check(CheckOptions request)
    {
        var report = new DiagnosticReport(request, environment);
        using var prepared = Prepare(request, OutputFormats.Pdf, paper: null, systemFonts: true, report);
        if (prepared is { Publication: { } publication, Layout: { } layout } && !request.Quiet)
        {
            environment.Out.WriteLine($"{request.ContentFolder}: {publication.WriteUps.Count} write-ups, {layout.Document.PageCount} pages");
        }

        report.WriteTotals();
        return prepared.ExitCode;
    }

    public int Build(BuildOptions request) => Publish(request).ExitCode;

    /// <summary>
    /// Builds as <see cref="Build"/> does, and says what was written. Every output is staged in one
    /// <see cref="OutputTransaction"/>, with what <paramref name="stageMore"/> adds from the staged
    /// files (recap mail's message), and nothing replaces an earlier file until all are written.
    /// </summary>
    /// <param name="stageMore">Stages further outputs; returns their summary lines.</param>
    public PublishResult Publish(BuildOptions request, Func<PublishResult, OutputTransaction, IEnumerable<string>>? stageMore = null)
    {
        var report = new DiagnosticReport(request.Check, environment);
        var result = Write(request, stageMore, report);
        report.WriteTotals();
        return result;
    }

    private PublishResult Write(BuildOptions request, Func<PublishResult, OutputTransaction, IEnumerable<string>>? stageMore, DiagnosticReport report)
    {
        using var prepared = Prepare(request.Check, request.Formats, request.Paper, request.SystemFonts, report);
        if (prepared is not { ExitCode: ExitCodes.Built, Publication: { } publication, Theme: { } theme })
        {
            return PublishResult.Failed(prepared.ExitCode);
        }

        var (modified, layout) = (prepared.Modified, prepared.Layout);
        using var transaction = new OutputTransaction(request.OutputFolder);
        var outputs = new List<(string Path, Func<string, string> Stage)>();
        void Add(string name, Action<Stream> write) =>
            outputs.Add((Path.Combine(request.OutputFolder, name), path => transaction.StageFile(path, write)));
        if (layout is not null)
        {
            // Without an imposition or previews, the booklet's export is its pages' last reader: it lets each go once written.
            var release = request.Impose is null && !request.Preview;
            Add(publication.Slug + ".pdf", stream => PdfExporter.Export(layout.Document, layout.Fonts, new PdfOptions { ReleasePages = release }, stream));
        }

        // The printer's file: the booklet's own frames placed 2-up on sheets in saddle-stitch order.
        string? imposeNote = null;
        if (layout is not null && request.Impose is { } impose)
        {
            var imposed = Imposer.Impose(layout.Document, impose);
            imposeNote = imposed.Note;
            Add(publication.Slug + "-imposed.pdf", stream => PdfExporter.Export(imposed.Document, layout.Fonts, new PdfOptions(), stream));
        }

        // Previews from the booklet's frames: a share card of the cover here, the pages' folder below.
        using var preview = layout is not null && request.Preview ? new PreviewWriter(layout.Document, layout.Fonts, theme.AccentColor) : null;
        if (preview is not null)
        {
            Add(publication.Slug + "-cover.png", preview.WriteCover);
        }

        if (prepared.Ebook is { } ebook)
        {
            outputs.Add((Path.Combine(request.OutputFolder, publication.Slug + ".epub"), path => ebook.Stage(transaction, path)));
        }

        // The writers share nothing: run them side by side, then report in a fixed order.
        // Parallel.For ends every started writer before it reports a failure, so none writes after the transaction is disposed.
        var stagers = outputs.Select(output => (Func<string>)(() => output.Stage(output.Path))).ToList();
        if (preview is not null)
        {
            stagers.Add(() => preview.WritePages(Path.Combine(request.OutputFolder, publication.Slug + "-preview"), transaction));
        }

        var written = new string[stagers.Count];
        Parallel.For(0, stagers.Count, i => written[i] = stagers[i]());
        var result = new PublishResult(ExitCodes.Built, publication, modified, [.. outputs.Select(output => output.Path)]);
        written = [.. written, .. stageMore?.Invoke(result, transaction) ?? []];
        transaction.Commit();
        if (!request.Check.Quiet)
        {
            foreach (var line in written)
            {
                environment.Out.WriteLine(line);
            }

            if (imposeNote is not null)
            {
                environment.Out.WriteLine($"recap: note: {imposeNote}");
            }

            // A face taken from this machine makes the booklet depend on what is installed: say which.
            foreach (var face in theme.Fonts.System?.Used ?? [])
            {
                environment.Out.WriteLine($"recap: note: system font {face.FamilyName} {face.StyleName} ({face.Path}) drew characters the theme's faces lack; --no-system-fonts leaves them out");
            }
        }

        return result;
    }

    /// <summary>
    /// Reads the content and loads the theme side by side, then lays out what the outputs need:
    /// layout can still find problems (a character no face has), so nothing is written before it.
    /// All problems go through one report, in one sorted list per stage.
    /// </summary>
    private Preparation Prepare(CheckOptions request, OutputFormats formats, string? paper, bool systemFonts, DiagnosticReport report)
    {
        // The theme's faces and patterns load while the content is read: neither needs the other, but for the
        // book's language, which book.yml gives early, to choose the patterns.
        var language = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loading = Task.Run(() => Theme.Load(ThemeFolder.Default, paper, systemFonts, language.Task));
        var (pdf, epub) = (formats.HasFlag(OutputFormats.Pdf), formats.HasFlag(OutputFormats.Epub));
        Task<Theme>? booked = null;
        Task<Page>? coverPage = null;
        Task<byte[]>? cover = null;
        var layoutDiagnostics = new DiagnosticBag();
        void BookRead(BookMeta book)
        {
            language.SetResult(book.Language);
            var themed = loading.ContinueWith(
                loaded =>
                {
                    // Han characters differ between Japanese and Chinese faces: fontconfig prefers the book's language.
                    var theme = loaded.GetAwaiter().GetResult();
                    theme.Fonts.System?.Language = book.Language;
                    return theme;
                },
                TaskScheduler.Default);
            booked = themed;
            if (epub && book.Cover is null)
            {
                // Without a cover of its own, the ebook shows the booklet's: the same page, drawn as a picture. It needs
                // nothing but the book's fields and the theme, so it is set and drawn while the write-ups are read, when a
                // core is free (the booklet's layout sets the page again, and reports its problems, when it runs).
                var problems = pdf ? new DiagnosticBag() : layoutDiagnostics;
                coverPage = themed.ContinueWith(theme => LayoutEngine.Cover(book, request.ContentFolder, theme.GetAwaiter().GetResult(), problems), TaskScheduler.Default);
                cover = coverPage.ContinueWith(page => EbookCover.Draw(page.GetAwaiter().GetResult(), themed.Result.Fonts.Book), TaskScheduler.Default);
            }
        }

        var diagnostics = new DiagnosticBag();
        var remote = new RemotePictureOptions(request.CacheFolder ?? PictureCacheFolder.Of(environment.GetVariable), request.Offline, request.Refresh);
        var publication = ContentReader.Read(request.ContentFolder, diagnostics, remote, BookRead);
        var failed = report.Report(diagnostics);

        Theme theme;
        try
        {
            theme = (booked ?? loading).GetAwaiter().GetResult();
        }
        catch (ThemeException e)
        {
            // A theme with a wrong value: the message names theme.yml and the key.
            report.Error(e.Message);
            return Preparation.Failed(ExitCodes.ContentErrors) with { Cover = cover };
        }

        if (publication is null || failed)
        {
            return Preparation.Failed(ExitCodes.ContentErrors, theme) with { Cover = cover };
        }

        DateTimeOffset modified;
        try
        {
            modified = BuildDate.Resolve(environment.GetVariable, publication.ContentModified);
        }
        catch (UsageException e)
        {
            environment.Error.WriteLine($"recap: error: {e.Message}");
            return Preparation.Failed(ExitCodes.UsageError, theme) with { Cover = cover };
        }

        if (!pdf)
        {
            // The ebook alone: the cover page's problems are reported with the layout's, so it must be set by then (the drawing goes on).
            coverPage?.GetAwaiter().GetResult();
        }

        // The ebook is written as soon as it can be, in memory, beside the booklet's layout and export. Built with
        // the booklet, it marks where each printed page begins: it starts once the pages are cut.
        OutputAhead? ebook = null;
        OutputAhead WriteEbook(PrintPagination? print) => new(stream =>
            EpubWriter.Write(publication, new EpubOptions(theme.Settings, modified, print, cover, theme.Fonts.System, theme.Fonts.Faces), stream));
        LayoutResult? layout = null;
        if (pdf)
        {
            layout = LayoutEngine.Layout(publication, theme, new LayoutOptions(modified), layoutDiagnostics, map =>
                ebook = epub ? WriteEbook(new PrintPagination(publication.Slug + ".pdf", [.. map.PageStarts.Select(start => new PrintPage(start.Label, start.NodeId, start.Word))])) : null);
        }
        else if (epub)
        {
            ebook = WriteEbook(null);
        }

        return report.Report(layoutDiagnostics)
            ? Preparation.Failed(ExitCodes.ContentErrors, theme) with { Cover = cover, Ebook = ebook, Layout = layout }
            : new Preparation(ExitCodes.Built, publication, theme, modified, layout, cover, ebook);
    }
}
