using BenchmarkDotNet.Attributes;
using Recap.Epub;
using Recap.Layout;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Pdf;
using Recap.Raster;
using Recap.Theming;

namespace Recap.Benchmarks;

/// <summary>
/// The pipeline on a generated corpus, in-process (no process start-up): read, lay out and
/// export the PDF, write the EPUB. Targets (issue 4): 200 talks, PDF and EPUB together ≤ 2 s.
/// </summary>
[MemoryDiagnoser]
public class PublishBenchmark
{
    private string _folder = "";
    private string _theme = "";
    private Publication _publication = null!;
    private LayoutResult _layout = null!;
    private byte[] _cover = [];

    // Alive for the whole run: the laid-out pages name its faces, which ExportPdf writes and the EPUB cuts.
    private Theme _loaded = null!;

    [Params(20, 200)]
    public int Talks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"recap-bench-{Talks}");
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        CorpusGenerator.Write(_folder, Talks);
        _theme = Path.Combine(AppContext.BaseDirectory, "styles", "default");
        _publication = Read();
        _loaded = Theme.Load(_theme);
        _layout = LayoutEngine.Layout(_publication, _loaded, new LayoutOptions(_publication.ContentModified), new DiagnosticBag());
        _cover = EbookCover.Draw(_layout.Document.Pages[0], _layout.Fonts);
        Console.WriteLine($"// {Talks} talks: {_layout.Document.Pages.Length} pages");
    }

    [GlobalCleanup]
    public void Cleanup() => _loaded.Dispose();

    [Benchmark]
    public Publication ReadContent() => Read();

    [Benchmark]
    public long Epub()
    {
        using var output = new MemoryStream();
        EpubWriter.Write(_publication, new EpubOptions(_loaded.Settings, _publication.ContentModified, CoverPicture: Task.FromResult(_cover), SystemFonts: _loaded.Fonts.System, LoadedFaces: _loaded.Fonts.Faces), output);
        return output.Length;
    }

    [Benchmark]
    public long Pdf()
    {
        using var theme = Theme.Load(_theme);
        var layout = LayoutEngine.Layout(_publication, theme, new LayoutOptions(_publication.ContentModified), new DiagnosticBag());
        using var output = new MemoryStream();
        PdfExporter.Export(layout.Document, layout.Fonts, new PdfOptions(), output);
        return output.Length;
    }

    /// <summary>The exporter alone on pages laid out once (issue 3: ≥ 1,000 pages/s on one core).</summary>
    [Benchmark]
    public long ExportPdf()
    {
        using var output = new MemoryStream();
        PdfExporter.Export(_layout.Document, _layout.Fonts, new PdfOptions(), output);
        return output.Length;
    }

    [Benchmark]
    public long Everything()
    {
        _publication = Read();
        return Pdf() + Epub();
    }

    private Publication Read() =>
        ContentReader.Read(_folder, new DiagnosticBag()) ?? throw new InvalidOperationException("the corpus did not read");
}
