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
}
