using CsCheck;
using Recap.Markdown.Yaml;
using Recap.Model;
using Recap.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Recap.Markdown.Tests;

/// <summary>
/// YAML is parsed once, its nesting measured as the events pass; this holds the diagnostics to the
/// rule as first written (a pass of the parser alone for the nesting, then the load) for all inputs.
/// </summary>
public sealed class YamlSourceProperties
{
    private static readonly Gen<string> Yaml =
        Gen.OneOf(
                "a: 1\n", "a: 2\n", "b:\n", "  c: x\n", "- x\n", "  - y\n", "[", "]", "{", "}", ", ", "*a", "&a ", "*b",
                "key: [", "\"", "'", "? ", ": ", "---\n", "...\n", "\t", "%YAML 1.2\n", "!!str ", "|\n  text\n", "#c\n",
                new string('[', 70), new string('{', 66), "\n")
            .Array[0, 16]
            .Select(string.Concat);

    [Fact]
    public void Diagnostics_are_those_of_the_two_pass_rule_for_any_yaml() =>
        Yaml.Sample(text =>
        {
            var bag = new DiagnosticBag();
            var parsed = YamlSource.Parse(text, "book.yml", 0, bag);
            var expected = new DiagnosticBag();
            var expectedParsed = TwoPass(text, expected);
            Assert.Equal(expected.Sorted(), bag.Sorted());
            Assert.Equal(expectedParsed, parsed is not null);
        }, iter: 5_000);

    /// <summary>The rule as first written: whether it parsed, with its diagnostics in <paramref name="diagnostics"/>.</summary>
    private static bool TwoPass(string text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            if (DeepestNesting(text) is { } deep)
            {
                diagnostics.Error(Span(deep), "yaml-too-large", $"the YAML nests lists and maps deeper than the limit of {NestingLimit.MaxNesting} levels");
                return false;
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            diagnostics.Error(Span(e.Start), "yaml-syntax", "malformed YAML: " + message);
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            diagnostics.Error(Span(Mark.Empty), "yaml-syntax", "malformed YAML: the parser cannot make sense of it");
            return false;
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is not null && YamlBudget.Check(root) is { } problem)
        {
            diagnostics.Error(Span(root.Start), "yaml-too-large", problem);
            return false;
        }

        return true;
    }

    private static Mark? DeepestNesting(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart when ++depth > NestingLimit.MaxNesting:
                    return parser.Current.Start;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    private static SourceSpan Span(Mark mark) => new("book.yml", (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
