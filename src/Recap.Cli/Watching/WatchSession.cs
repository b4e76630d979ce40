using System.Globalization;
using Recap.Publishing;

namespace Recap.Cli.Watching;

/// <summary>
/// The loop of <c>recap watch</c>: build, then rebuild after every burst of changes until
/// cancelled. Each build prints its own problems and files; the session adds a timestamped line
/// saying what changed and how the build went. A failed build (content errors, or an exception)
/// leaves the earlier outputs as they were and the loop goes on.
/// </summary>
public sealed class WatchSession(ContentWatcher watcher, Func<int> build, TextWriter output, TextWriter error)
{
    private const int ChangesShown = 3;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Build();
        while (true)
        {
            IReadOnlyList<string> changed;
            try
            {
                changed = await watcher.NextChangesAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var names = string.Join(", ", changed.Take(ChangesShown));
            output.WriteLine($"{Now()} changed: {names}{(changed.Count > ChangesShown ? $" and {changed.Count - ChangesShown} more" : "")}");
            Build();
        }
    }

    private void Build()
    {
        var started = TimeProvider.System.GetTimestamp();
        int exitCode;
        try
        {
            exitCode = build();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One build that throws (an output file locked, a bug) must not end the session.
            error.WriteLine($"recap: error: {e.Message}");
            exitCode = ExitCodes.ContentErrors;
        }

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        output.WriteLine(exitCode == ExitCodes.Built
            ? $"{Now()} built in {elapsed.TotalMilliseconds:0} ms; watching for changes (Ctrl+C to stop)"
            : $"{Now()} not built: nothing written, the earlier files are as they were; watching for changes");
    }

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
