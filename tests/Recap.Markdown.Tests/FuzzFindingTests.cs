using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

/// <summary>Inputs the fuzzer (tests/Recap.Fuzz/fuzz.sh) and the property tests found, minimized: each once threw.</summary>
public sealed class FuzzFindingTests
{
    [Theory]
    [InlineData("---\ntitle: T\nsummary: \"a\"*b\n---\nBody\n", 3)] // afl++, reader: YamlDotNet threw ArgumentException (an alias glued to a quoted scalar)
    [InlineData("---\ntitle: T\nsummary: \"a\"*tags:\n---\nBody\n", 3)]
    public void Malformed_front_matter_is_a_yaml_error_not_an_exception(string text, int line)
    {
        using var content = new ContentFixture();
        content.Write("01-talk.md", text);

        content.Read();

        var error = Assert.Single(content.Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(("yaml-syntax", content.Path("01-talk.md")), (error.Code, error.Source.File));
        Assert.True(error.Source.Line <= line, content.Describe());
    }
}
