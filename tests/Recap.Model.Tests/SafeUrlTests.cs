using Recap.Model.TextRules;

namespace Recap.Model.Tests;

public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://go.dev/doc", "https://go.dev/doc")]
    [InlineData("HTTP://Example.org/a b", "http://example.org/a%20b")]
    [InlineData("  mailto:ada@example.org ", "mailto:ada@example.org")]
    [InlineData("tel:+1-555-0100", "tel:+1-555-0100")]
    public void Pages_mails_and_calls_become_links_escaped_as_urls(string url, string href) =>
        Assert.Equal(href, SafeUrl.Href(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://ftp.example.org/file")]
    [InlineData("vbscript:msgbox")]
    [InlineData("images/local.png")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_link(string? url)
    {
        Assert.Null(SafeUrl.Href(url));
        Assert.False(SafeUrl.IsAllowed(url));
    }

    [Theory]
    [InlineData("JavaScript:x", "javascript")]
    [InlineData(" tel:1", "tel")]
    [InlineData("a/b:c", null)]
    public void The_scheme_is_read_from_the_start(string url, string? scheme) =>
        Assert.Equal(scheme, SafeUrl.Scheme(url));
}
