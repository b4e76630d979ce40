using System.Diagnostics;

namespace Recap.Publishing.Output;

/// <summary>
/// An output made in memory ahead of staging, on a thread of its own (the ebook, beside the booklet's
/// layout and export), and staged with the others once they are written.
/// </summary>
internal sealed class OutputAhead
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Task<ReadOnlyMemory<byte>> _making;

    /// <param name="write">Writes the output; it runs at once, on the thread pool.</param>
    public OutputAhead(Action<Stream> write) => _making = Task.Run(() =>
    {
        using var stream = new MemoryStream();
        write(stream);
        return new ReadOnlyMemory<byte>(stream.GetBuffer(), 0, (int)stream.Length);
    });

    /// <summary>Waits until the writer ends, failed or not (its failure is reported where the output is staged).</summary>
    public void Wait() => ((Task)_making).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();

    /// <summary>Stages the bytes once made (rethrowing the writer's failure); the summary's time counts from when the making began.</summary>
    public string Stage(OutputTransaction transaction, string path)
    {
        var made = Stopwatch.GetElapsedTime(_started);
        return transaction.StageFile(path, stream => stream.Write(_making.GetAwaiter().GetResult().Span), made);
    }
}
