using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Markdown.Conversion;
using Recap.Markdown.Files;
using SourceSpan = Recap.Model.SourceSpan;

namespace Recap.Markdown.WriteUps;

/// <summary>
/// Parses a write-up's body with Markdig and holds it to the nesting and paragraph budgets
/// (<see cref="ContentLimits"/>) before anything converts it: every later stage walks the tree
/// recursively, so a tree that passes here cannot overflow the stack, however it was written.
/// The check itself walks with an explicit stack.
/// </summary>
internal static class BodyParser
{
    /// <returns>Markdig's tree, or null when the body is over a budget (reported).</returns>
    public static MarkdownDocument? Parse(ContentContext context, string relativeFile, string body)
    {
        var diagnostics = context.Diagnostics;
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit, far past ours: name the line whose containers open deepest.
            var line = DeepestLine(body);
            diagnostics.Error(context.Span(relativeFile, line, 1), "nesting-too-deep", $"lists, quotes or emphasis nest deeper than the limit of {ContentLimits.NestingDepth} levels");
            return null;
        }

        if (FirstOverBudget(document) is { } problem)
        {
            diagnostics.Error(context.Span(relativeFile, problem.Node.Line + 1, problem.Node.Column + 1), problem.Code, problem.Message);
            return null;
        }

        return document;
    }

    private static (MarkdownObject Node, string Code, string Message)? FirstOverBudget(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            if (node is QuoteBlock or ListBlock or ContainerInline and not LinkDelimiterInline)
            {
                depth += node is ContainerInline { Parent: null } ? 0 : 1; // a leaf block's inline root is not a level
            }

            if (depth > ContentLimits.NestingDepth)
            {
                return (node, "nesting-too-deep", $"lists, quotes, emphasis and links nest {depth} levels deep here, over the limit of {ContentLimits.NestingDepth}");
            }

            if (node is ParagraphBlock paragraph && paragraph.Span.Length > ContentLimits.ParagraphChars)
            {
                return (node, "paragraph-too-long", $"the paragraph is {paragraph.Span.Length:N0} characters long, over the limit of {ContentLimits.ParagraphChars:N0}: split it where the thought turns");
            }

            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push((container[i], depth));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push((child, depth));
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// The 1-based line that opens the most quote or list containers, judged from its prefix, or
    /// failing that the one with the most emphasis and link delimiters.
    /// </summary>
    private static int DeepestLine(string body)
    {
        var (best, bestScore, line) = (1, (-1, -1), 1);
        foreach (var text in body.Split('\n'))
        {
            var prefix = 0;
            foreach (var c in text)
            {
                if (c is '>' or '-' or '*' or '+')
                {
                    prefix += 2;
                }
                else if (c is ' ' or '\t')
                {
                    prefix++;
                }
                else
                {
                    break;
                }
            }

            var score = (prefix, text.Count(c => c is '*' or '_' or '['));
            if (score.CompareTo(bestScore) > 0)
            {
                (best, bestScore) = (line, score);
            }

            line++;
        }

        return best;
    }
}
