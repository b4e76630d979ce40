using System.Diagnostics;
using Recap.Spooling;

namespace Recap.Publishing.Output;

/// <summary>
/// An output made ahead of staging, on a thread of its own (the ebook, beside the booklet's layout and
/// export), and staged with the others once they are written. Until then it waits in a spool: in memory
/// while small, else in a temporary file no one else sees, which goes with the process however it ends.
/// </summary>
internal sealed class OutputAhead : IDisposable
{
    // GopherFest's ebook (75 KB) and 200 talks' (0.9 MB) stay in memory; 2,000 talks' (11 MB) goes to disk.
    private const int InMemory = 2 * 1024 * 1024;

    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Task<Spool> _making;

    /// <param name="write">Writes the output, from start to end (the stream cannot seek); it runs at once, on the thread pool.</param>
    public OutputAhead(Action<Stream> write) => _making = Task.Run(() =>
    {
        var spool = new Spool(InMemory);
        try
        {
            write(spool);
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    });

    /// <summary>Stages the bytes once made (rethrowing the writer's failure); the summary's time counts from when the making began.</summary>
    public string Stage(OutputTransaction transaction, string path)
    {
        var made = Stopwatch.GetElapsedTime(_started);
        return transaction.StageFile(path, stream => _making.GetAwaiter().GetResult().ReadAll(stream.Write), made);
    }

    /// <summary>Waits until the writer ends, failed or not (its failure is reported where the output is staged), and lets its bytes go.</summary>
    public void Dispose()
    {
        ((Task)_making).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        if (_making.IsCompletedSuccessfully)
        {
            _making.Result.Dispose();
        }
    }
}
