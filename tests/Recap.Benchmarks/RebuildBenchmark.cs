using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Recap.Publishing;

namespace Recap.Benchmarks;

/// <summary>
/// What <c>recap watch</c> does after a save: a build (what <c>recap build</c> runs) of the GopherFest content in a
/// process that has built before (warm JIT, no start-up), writing both files as a build does.
/// Target (issue 6): well under a second.
/// </summary>
[MemoryDiagnoser]
public class RebuildBenchmark
{
    private string _content = "";
    private string _output = "";

    [GlobalSetup]
    public void Setup()
    {
        _content = Path.Combine(RepositoryRoot(), "content");
        _output = Path.Combine(Path.GetTempPath(), "recap-bench-rebuild");
        if (Build() != ExitCodes.Built)
        {
            throw new InvalidOperationException($"{_content} did not build");
        }
    }

    [Benchmark]
    public int Rebuild() => Build();

    private int Build() => new Publisher(PublishEnvironment.Quiet).Build(new BuildOptions(new CheckOptions(_content, Quiet: true), _output));

    // BenchmarkDotNet runs a copy of this assembly from its own folder: find the content from this file.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", ".."));
}
