using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recap.Markdown.WriteUps;

/// <summary>
/// Footnote mistakes Markdig passes over in silence: a reference to a note never defined stays in
/// the text as <c>[^label]</c>, and a second definition of a label is never shown. Both are warnings.
/// </summary>
internal static partial class FootnoteCheck
{
    public static void Run(ContentContext context, string relativeFile, string body, MarkdownDocument document)
    {
        // Markdig keeps only the first definition of a label and leaves no trace of the second: find them in the lines.
        var code = document.Descendants<CodeBlock>().Select(c => (c.Line, End: c.Line + c.Lines.Count + 1)).ToList();
        var defined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0, start = 0, end; start <= body.Length; i++, start = end + 1)
        {
            // Reading made every line end a '\n'. Most lines name no note: only one with "[^" is matched (and made a string).
            end = body.IndexOf('\n', start) is var newline and >= 0 ? newline : body.Length;
            var line = body.AsSpan(start, end - start);
            if (!line.Contains(NoteOpening, StringComparison.Ordinal)
                || Definition().Match(line.ToString()) is not { Success: true } match
                || code.Exists(c => i >= c.Line && i <= c.End))
            {
                continue;
            }

            var label = match.Groups[2].Value;
            if (!defined.Add(label))
            {
                context.Diagnostics.Warning(context.Span(relativeFile, i + 1, match.Groups[1].Length + 1), "footnote-duplicate", $"footnote `[^{label}]` is defined twice: the second definition is ignored");
            }
        }

        // Definitions inside a list or a quote are not at a line's start: Markdig's own notes count too.
        defined.UnionWith(document.Descendants<Markdig.Extensions.Footnotes.Footnote>().Select(f => (f.Label ?? "").TrimStart('^')));
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            // Markdig splits the literal text at brackets: join a leaf's literals to see a reference whole
            // (when one of them has the caret a reference needs: most paragraphs have none).
            if (!HasCaret(block.Inline))
            {
                continue;
            }

            var literals = block.Inline.Descendants<LiteralInline>().ToList();

            var text = string.Concat(literals.Select(l => l.Content.ToString()));
            foreach (Match match in Reference().Matches(text))
            {
                var label = match.Groups[1].Value;
                if (!defined.Contains(label))
                {
                    var at = literals.FirstOrDefault(l => l.Content.ToString().Contains(label, StringComparison.Ordinal)) as MarkdownObject ?? block;
                    context.Diagnostics.Warning(context.Span(relativeFile, at.Line + 1, at.Column + 1), "footnote-undefined", $"footnote `[^{label}]` is referenced but never defined: it is printed as written", $"add a line `[^{label}]: …`");
                }
            }
        }
    }

    private const string NoteOpening = "[^";

    /// <summary>Whether a literal under <paramref name="container"/> has a caret: asked of every block, so without a list or an iterator.</summary>
    private static bool HasCaret(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal ? literal.Content.AsSpan().Contains('^') : child is ContainerInline inner && HasCaret(inner))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^( {0,3})\[\^([^\]\s]+)\]:")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex Reference();
}
