using Recap.Cli.Mailing;

namespace Recap.Cli.Tests;

public sealed class SizeLimitTests
{
    [Theory]
    [InlineData("10MB", 10L * 1024 * 1024)]
    [InlineData("500KB", 500L * 1024)]
    [InlineData("2.5MB", 5L * 512 * 1024)]
    [InlineData("2.5 mb", 5L * 512 * 1024)]
    [InlineData("1G", 1024L * 1024 * 1024)]
    [InlineData("1048576", 1048576)]
    [InlineData("100B", 100)]
    public void Sizes_read_as_people_write_them(string text, long expected)
    {
        Assert.True(SizeLimit.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-1MB")]
    [InlineData("0")]
    [InlineData("1.MB")]
    [InlineData("10XB")]
    [InlineData("ten megabytes")]
    public void Anything_else_is_not_a_size(string text)
    {
        Assert.False(SizeLimit.TryParse(text, out _));
    }
}
