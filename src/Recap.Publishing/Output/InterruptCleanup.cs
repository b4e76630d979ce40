using System.Runtime.InteropServices;

namespace Recap.Publishing.Output;

/// <summary>
/// On Ctrl+C (SIGINT) and SIGTERM, removes the temporary files of every open
/// <see cref="OutputTransaction"/> before the process ends as the signal asks. Registered once per
/// process; a transaction is listed while it is open.
/// </summary>
internal static class InterruptCleanup
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<OutputTransaction> Open = [];
    private static PosixSignalRegistration[]? _registrations;

    public static void Register(OutputTransaction transaction)
    {
        lock (Gate)
        {
            Open.Add(transaction);
            _registrations ??= [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
        }
    }

    public static void Unregister(OutputTransaction transaction)
    {
        lock (Gate)
        {
            Open.Remove(transaction);
        }
    }

    private static void OnSignal(PosixSignalContext context)
    {
        List<OutputTransaction> open;
        lock (Gate)
        {
            open = [.. Open];
        }

        foreach (var transaction in open)
        {
            transaction.RemoveTemporaries();
        }

        // Not cancelled: the process then ends as the signal asks (watch's own Ctrl+C handling still runs).
    }
}
