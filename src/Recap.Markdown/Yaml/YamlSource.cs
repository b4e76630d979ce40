using Recap.Model;
using Recap.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Recap.Markdown.Yaml;

/// <summary>
/// YAML text from one file, parsed into nodes that keep their positions. YamlDotNet counts lines
/// from 1 within the YAML text; <see cref="LineOffset"/> moves them to the file's lines
/// (0 for book.yml, the opening fence's line for front matter).
/// </summary>
internal sealed class YamlSource
{
    private YamlSource(string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        DisplayPath = displayPath;
        LineOffset = lineOffset;
        Diagnostics = diagnostics;
    }

    public string DisplayPath { get; }

    public int LineOffset { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Parses <paramref name="text"/>; on malformed YAML reports <c>yaml-syntax</c> at its place and returns null.</summary>
    public static (YamlSource Source, YamlNode? Root)? Parse(string text, string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(displayPath, lineOffset, diagnostics);
        var stream = new YamlStream();
        var events = new NestingLimit(new Parser(new StringReader(text)));
        try
        {
            try
            {
                stream.Load(events);
            }
            catch (Exception e) when (!events.ParserFailed && e is YamlException or InvalidOperationException or ArgumentException)
            {
                // The nodes refused what the parser accepted so far (a duplicate key, say): a syntax
                // error or too deep a nesting further on is named first, as the parser alone would.
                events.Drain();
                throw;
            }
        }
        catch (NestingLimit.TooDeepException deep)
        {
            diagnostics.Error(source.Span(deep.Start), "yaml-too-large", $"the YAML nests lists and maps deeper than the limit of {NestingLimit.MaxNesting} levels");
            return null;
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            diagnostics.Error(source.Span(e.Start), "yaml-syntax", "malformed YAML: " + message);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives up this way on some malformed input (found by the property tests and the fuzzer: FuzzFindingTests).
            diagnostics.Error(source.Span(Mark.Empty), "yaml-syntax", "malformed YAML: the parser cannot make sense of it");
            return null;
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is not null && YamlBudget.Check(root) is { } problem)
        {
            diagnostics.Error(source.Span(root), "yaml-too-large", problem);
            return null;
        }

        return (source, root);
    }

    public SourceSpan Span(YamlNode node) => Span(node.Start);

    public SourceSpan Span(Mark mark) =>
        new(DisplayPath, (int)Math.Max(1, mark.Line) + LineOffset, (int)Math.Max(1, mark.Column));

    /// <summary>A YAML null (<c>key:</c>, <c>~</c>, <c>null</c>) counts as leaving the key out.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
