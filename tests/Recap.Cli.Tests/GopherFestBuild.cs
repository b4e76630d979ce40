using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>
/// <c>recap build</c> run once on content/ for every test of a class: each test only reads what the
/// build wrote, and a build of the real publication takes seconds.
/// </summary>
public sealed class GopherFestBuild : IDisposable
{
    private readonly TempFolder _output = new();

    public GopherFestBuild()
    {
        Run = CliRun.Of("build", RepoPaths.Content, "-o", _output.Path);
        Epub = Path.Combine(_output.Path, "gopherfest-summer-2016-recap.epub");
    }

    public CliRun Run { get; }

    public string Epub { get; }

    public void Dispose() => _output.Dispose();
}
