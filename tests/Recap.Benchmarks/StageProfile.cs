using System.Diagnostics;
using System.Globalization;
using Recap.Epub;
using Recap.Layout;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Pdf;
using Recap.Raster;

namespace Recap.Benchmarks;

/// <summary>
/// Where a build's time and allocations go, stage by stage (read, layout, PDF, cover, EPUB), on a
/// generated corpus, in one process: wall and CPU time (CPU time counts both cores and stays steady
/// on a busy machine), bytes allocated, and the garbage collector's count and pauses. A first look
/// before BenchmarkDotNet: `… Recap.Benchmarks -- stages 200`. With RECAP_ALLOCATIONS=1, also the
/// types each stage allocates most (<see cref="AllocationSampler"/>) and the memory it leaves alive.
/// </summary>
public static class StageProfile
{
    public static int Run(int talks, string work)
    {
        var folder = Path.Combine(work, $"corpus{talks}");
        if (!File.Exists(Path.Combine(folder, "book.yml")))
        {
            CorpusGenerator.Write(folder, talks);
        }

        allocations = Environment.GetEnvironmentVariable("RECAP_ALLOCATIONS") is "1" ? new AllocationSampler() : null;
        var themeFolder = Path.Combine(AppContext.BaseDirectory, "styles", "default");
        Console.WriteLine($"| {talks} talks | wall | CPU | allocated | gen0/1/2 collections | GC pauses |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");

        var publication = Stage("read", () => ContentReader.Read(folder, new DiagnosticBag()) ?? throw new InvalidOperationException("the corpus did not read"));
        using var theme = Theme.Load(themeFolder);
        var layout = Stage("layout", () => LayoutEngine.Layout(publication, theme, new LayoutOptions(publication.ContentModified), new DiagnosticBag()));
        Stage("PDF export", () =>
        {
            // Into a file, as the build writes it: a MemoryStream would add its own growth to the stage's allocations.
            using var output = File.Create(Path.Combine(work, $"stages{talks}.pdf"));
            PdfExporter.Export(layout.Document, layout.Fonts, new PdfOptions(), output);
            return output.Length;
        });
        var cover = Stage("ebook cover", () => EbookCover.Draw(layout.Document.Pages[0], layout.Fonts));
        Stage("EPUB", () =>
        {
            using var output = new MemoryStream();
            EpubWriter.Write(publication, new EpubOptions(theme.Settings, publication.ContentModified, CoverPicture: Task.FromResult(cover), SystemFonts: theme.Fonts.System, LoadedFaces: theme.Fonts.Faces), output);
            return output.Length;
        });
        Console.WriteLine($"// {layout.Document.Pages.Length} pages");
        if (allocations is { } sampler)
        {
            foreach (var (stage, top) in sampled)
            {
                Console.WriteLine($"// {stage}: " + string.Join(", ", top.Select(row => string.Create(CultureInfo.InvariantCulture, $"{row.Type} {row.Bytes / 1048576.0:F1} MB"))));
            }
        }

        return 0;
    }

    private static AllocationSampler? allocations;
    private static readonly List<(string Stage, IReadOnlyList<(string Type, long Bytes)> Top)> sampled = [];

    private static T Stage<T>(string name, Func<T> stage)
    {
        allocations?.Take(0);
        var process = Process.GetCurrentProcess();
        var (cpu, allocated, pauses) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration());
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var clock = Stopwatch.StartNew();
        var result = stage();
        clock.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {clock.Elapsed.TotalSeconds:F3} s | {(process.TotalProcessorTime - cpu).TotalSeconds:F3} s | {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F1} MB | {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]} | {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:F3} s |"));
        if (allocations is { } sampler)
        {
            // What the stage leaves alive (after a full collection): what later stages carry.
            sampled.Add(($"{name} (live after: {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MB)", sampler.Take(12)));
        }

        return result;
    }
}
