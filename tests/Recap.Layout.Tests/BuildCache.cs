using System.Collections.Concurrent;

namespace Recap.Layout.Tests;

/// <summary>Lays out and exports each case once, on first use, for a whole test class; disposes what it built.</summary>
public sealed class BuildCache<TKey, TBuild> : IDisposable
    where TKey : notnull
    where TBuild : IDisposable
{
    private readonly ConcurrentDictionary<TKey, Lazy<TBuild>> _builds = new();

    public TBuild Get(TKey key, Func<TKey, TBuild> build) =>
        _builds.GetOrAdd(key, k => new Lazy<TBuild>(() => build(k))).Value;

    public void Dispose()
    {
        foreach (var build in _builds.Values.Where(b => b.IsValueCreated))
        {
            build.Value.Dispose();
        }
    }
}
