using BenchmarkDotNet.Running;
using Recap.Benchmarks;

// `generate N DIR` writes a corpus to time the real `recap` process against (see README);
// anything else runs BenchmarkDotNet (e.g. `--filter '*'`).
if (args is ["generate", var count, var folder])
{
    CorpusGenerator.Write(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PublishBenchmark).Assembly).Run(args);
return 0;
