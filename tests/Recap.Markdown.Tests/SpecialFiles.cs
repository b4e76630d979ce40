using System.Diagnostics;

namespace Recap.Markdown.Tests;

/// <summary>Files that are not regular files, and a bound on how long reading them may take.</summary>
internal static class SpecialFiles
{
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Whether <paramref name="work"/> ends within 20 s: a hang fails the test instead of the run.</summary>
    public static async Task<bool> Finishes(Func<object?> work)
    {
        var running = Task.Run(work);
        return await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(20))) == running;
    }
}
