using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>The GopherFest ebook and the reflow fixture pass DAISY's Ace with nothing to report.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class AceTests(ReaderBooks books) : IClassFixture<ReaderBooks>
{
    [Fact]
    public void The_gopherfest_ebook_has_nothing_for_ace_to_report()
    {
        AceAssert.Clean(books.GopherFest);
    }

    [Fact]
    public void The_reflow_fixture_has_nothing_for_ace_to_report()
    {
        AceAssert.Clean(books.Reflow);
    }
}
