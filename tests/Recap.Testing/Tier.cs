namespace Recap.Testing;

/// <summary>
/// The two tiers of <c>tests/run.sh</c>. A test that starts an external process (epubcheck, qpdf,
/// poppler, dotnet) or builds a whole booklet carries <c>[Trait(Tier.Key, Tier.Full)]</c> and runs
/// only in the full run; every other test (unit, property, snapshot) also runs in
/// <c>tests/run.sh --fast</c>, which filters on <c>Tier!=Full</c>.
/// </summary>
public static class Tier
{
    public const string Key = "Tier";

    public const string Full = "Full";

    /// <summary>Set by <c>tests/run.sh --fast</c>, so a test that starts a checker outside the full tier fails at once.</summary>
    private const string Variable = "RECAP_TEST_TIER";

    /// <summary>Refuses to start <paramref name="tool"/> in a fast run: the tier's promise is no external process.</summary>
    public static void RequireFull(string tool)
    {
        if (Environment.GetEnvironmentVariable(Variable) == "fast")
        {
            throw new InvalidOperationException($"a test of the fast tier started {tool}: mark it [Trait(Tier.Key, Tier.Full)] (tests/Recap.Testing/Tier.cs)");
        }
    }
}
