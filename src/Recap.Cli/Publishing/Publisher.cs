using System.Diagnostics;
using Recap.Cli.Output;
using Recap.Epub;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;

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
        if (request.Formats.HasFlag(OutputFormats.Pdf))
        {
            environment.Error.WriteLine("recap: error: the PDF booklet is not available in this version yet; build with --format epub");
            return ExitCodes.UsageError;
        }

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

        Directory.CreateDirectory(request.OutputFolder);
        var path = Path.Combine(request.OutputFolder, publication.Slug + ".epub");
        Write(path, request.Check.Quiet, stream =>
            EpubWriter.Write(publication, new EpubOptions(ThemeFolder.Default, modified), stream));
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
