using BenchmarkDotNet.Attributes;
using Recap.Epub;
using Recap.Markdown;
using Recap.Model.Diagnostics;

namespace Recap.Benchmarks;

/// <summary>Reading a generated corpus and writing its EPUB, in-process (no process start-up).</summary>
[MemoryDiagnoser]
public class PublishBenchmark
{
    private string _folder = "";
    private string _theme = "";

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
    }

    [Benchmark]
    public long Epub()
    {
        var diagnostics = new DiagnosticBag();
        var publication = ContentReader.Read(_folder, diagnostics) ?? throw new InvalidOperationException("corpus did not read");
        using var output = new MemoryStream();
        EpubWriter.Write(publication, new EpubOptions(_theme, publication.ContentModified), output);
        return output.Length;
    }
}
