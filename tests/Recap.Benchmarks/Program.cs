using BenchmarkDotNet.Running;
using Recap.Benchmarks;

// `generate N DIR` writes a corpus to time the real `recap` process against (see README);
// `peers CONTENT DIR` writes the same text for pandoc and Typst (see process.sh);
// `stages N` times each stage of a build of N generated talks (time, CPU, allocations, GC);
// `spacing [N …]` reports the justification figures of N generated talks beside xelatex's;
// anything else runs BenchmarkDotNet (e.g. `--filter '*'`).
if (args is ["generate", var count, var folder])
{
    CorpusGenerator.Write(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["peers", var content, var output])
{
    PeerSources.Write(content, output);
    return 0;
}

if (args is ["stages", var talks])
{
    var work = Path.GetFullPath(Environment.GetEnvironmentVariable("WORK") ?? Path.Combine("artifacts", "benchmark"));
    return StageProfile.Run(int.Parse(talks, System.Globalization.CultureInfo.InvariantCulture), work);
}

if (args is ["spacing", .. var counts])
{
    var work = Path.GetFullPath(Environment.GetEnvironmentVariable("WORK") ?? Path.Combine("artifacts", "benchmark"));
    Directory.CreateDirectory(work);
    return Recap.Benchmarks.Spacing.SpacingReport.Run(counts, work);
}

BenchmarkSwitcher.FromAssembly(typeof(PublishBenchmark).Assembly).Run(args);
return 0;
