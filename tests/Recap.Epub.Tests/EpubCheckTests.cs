using Recap.Testing;

namespace Recap.Epub.Tests;

[Trait(Tier.Key, Tier.Full)]
public sealed class EpubCheckTests
{
    public static TheoryData<string> FixtureNames => [.. Fixtures.Names];

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Every_fixture_passes_epubcheck_with_nothing_to_say(string name)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name + ".epub", EpubBook.WriteBytes(Fixtures.ByName(name, folder)));
        EpubCheckAssert.Clean(path);
    }
}
