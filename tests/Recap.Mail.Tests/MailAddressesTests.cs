namespace Recap.Mail.Tests;

public sealed class MailAddressesTests
{
    [Theory]
    [InlineData("ada@example.org", "ada@example.org")]
    [InlineData("Ada Lovelace <ada@example.org>", "ada@example.org")]
    [InlineData("\"Lovelace, Ada\" <ada@example.org>", "ada@example.org")]
    [InlineData("ada@example.org, bob@example.com", "ada@example.org bob@example.com")]
    public void Addresses_with_domains_parse(string text, string expected)
    {
        Assert.True(MailAddresses.TryParse(text, out var mailboxes, out var problem));
        Assert.Null(problem);
        Assert.Equal(expected, string.Join(' ', mailboxes.Select(m => m.Address)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ada")]
    [InlineData("ada@")]
    [InlineData("ada@example")]
    [InlineData("not an address")]
    [InlineData("ada@example.org, bob")]
    [InlineData("<ada@example.org")]
    public void Anything_else_is_refused_with_a_reason(string text)
    {
        Assert.False(MailAddresses.TryParse(text, out var mailboxes, out var problem));
        Assert.Empty(mailboxes);
        Assert.NotNull(problem);
        Assert.Contains("address", problem);
    }
}
