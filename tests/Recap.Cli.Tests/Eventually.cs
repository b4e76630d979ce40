using System.Diagnostics;

namespace Recap.Cli.Tests;

/// <summary>Waits for something a background loop does, with a generous limit: a slow machine is not a failure, a hang is.</summary>
public static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public static async Task True(Func<bool> condition, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Limit, $"waited {Limit.TotalSeconds:0} s for: {describe()}");
            await Task.Delay(50);
        }
    }
}
