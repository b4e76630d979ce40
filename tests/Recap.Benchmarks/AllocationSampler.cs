using System.Diagnostics.Tracing;

namespace Recap.Benchmarks;

/// <summary>
/// Which types a stage allocates most, from the runtime's allocation ticks (one event about every
/// 100 KB allocated, naming the type that crossed the mark): a sample, proportional to bytes.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> bytes = [];
    private readonly Lock gate = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs tick)
    {
        if (tick.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || tick.Payload is not { } payload)
        {
            return;
        }

        var type = payload[tick.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[tick.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (gate)
        {
            bytes[type] = bytes.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The sampled bytes by type since the last call, largest first, and starts again.</summary>
    public IReadOnlyList<(string Type, long Bytes)> Take(int count)
    {
        lock (gate)
        {
            var top = bytes.OrderByDescending(pair => pair.Value).Take(count).Select(pair => (pair.Key, pair.Value)).ToList();
            bytes.Clear();
            return top;
        }
    }
}
