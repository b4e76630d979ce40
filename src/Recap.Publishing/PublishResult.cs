using Recap.Model;

namespace Recap.Publishing;

/// <summary>What a build did, for commands that go on from the files it wrote (<c>recap mail</c>).</summary>
/// <param name="Publication">The publication built; null when the build failed.</param>
/// <param name="Date">The build date the outputs carry (SOURCE_DATE_EPOCH or the content's time).</param>
/// <param name="Files">The files written, in the order the summary lists them.</param>
public sealed record PublishResult(int ExitCode, Publication? Publication, DateTimeOffset Date, IReadOnlyList<string> Files)
{
    public static PublishResult Failed(int exitCode) => new(exitCode, null, default, []);
}
