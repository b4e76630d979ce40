using System.Diagnostics;
using Recap.Cli.Output;
using Recap.Epub;
using Recap.Layout;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Pdf;

namespace Recap.Cli.Publishing;

/// <summary>Runs the pipeline for a command: read the content once, report, then run each writer.</summary>
public sealed class Publisher(CliEnvironment environment)
{
    public int Check(CheckRequest request)
    {
        var publication = Read(request);
        if (publication is null)
        {
            return ExitCodes.ContentErrors;
        }

        if (!request.Quiet)
        {
            environment.Out.WriteLine($"{request.ContentFolder}: {publication.WriteUps.Count} write-ups, no errors");
        }

        return ExitCodes.Built;
    }

    public int Build(BuildRequest request)
    {
        var publication = Read(request.Check);
        if (publication is null)
        {
            return ExitCodes.ContentErrors;
        }

        DateTimeOffset modified;
        try
        {
            modified = BuildDate.Resolve(environment.GetVariable, publication.ContentModified);
        }
        catch (UsageException e)
        {
            environment.Error.WriteLine($"recap: error: {e.Message}");
            return ExitCodes.UsageError;
        }

        // Lay out before writing anything: layout can still find problems (a character no face has).
        LayoutResult? layout = null;
        if (request.Formats.HasFlag(OutputFormats.Pdf))
        {
            var diagnostics = new DiagnosticBag();
            using var theme = Theme.Load(ThemeFolder.Default, request.Paper);
            layout = LayoutEngine.Layout(publication, theme, new LayoutOptions(modified), diagnostics);
            if (DiagnosticPrinter.Report(diagnostics, request.Check.WarningsAsErrors, environment.Error))
            {
                return ExitCodes.ContentErrors;
            }

            Directory.CreateDirectory(request.OutputFolder);
            Write(Path.Combine(request.OutputFolder, publication.Slug + ".pdf"), request.Check.Quiet, stream =>
                PdfExporter.Export(layout.Document, new PdfOptions(), stream));
        }

        if (request.Formats.HasFlag(OutputFormats.Epub))
        {
            Directory.CreateDirectory(request.OutputFolder);
            // Built with the booklet, the ebook marks where each printed page begins.
            var print = layout is null ? null : new PrintPagination(
                publication.Slug + ".pdf",
                [.. layout.Map.PageStarts.Select(start => new PrintPage(start.Label, start.NodeId, start.Word))]);
            Write(Path.Combine(request.OutputFolder, publication.Slug + ".epub"), request.Check.Quiet, stream =>
                EpubWriter.Write(publication, new EpubOptions(ThemeFolder.Default, modified, print), stream));
        }

        return ExitCodes.Built;
    }

    /// <returns>The publication, or null when the content cannot be built (problems already printed).</returns>
    private Publication? Read(CheckRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var publication = ContentReader.Read(request.ContentFolder, diagnostics);
        var failed = DiagnosticPrinter.Report(diagnostics, request.WarningsAsErrors, environment.Error);
        return failed ? null : publication;
    }

    private void Write(string path, bool quiet, Action<Stream> write)
    {
        var clock = Stopwatch.StartNew();
        AtomicFile.Write(path, write);
        if (!quiet)
        {
            var size = ByteSize.Format(new FileInfo(path).Length);
            environment.Out.WriteLine($"{path}  {size}  {clock.ElapsedMilliseconds} ms");
        }
    }
}
