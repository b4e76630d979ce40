using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Recap.Markdown.Extensions.Handles;

/// <summary>
/// Parses <c>@name</c> (letters, digits, underscore) at the start of a line or after white space.
/// Running as an inline parser keeps handles out of code spans and link destinations for free,
/// and the "after white space" rule keeps <c>me@example.com</c> an address, not a handle.
/// </summary>
internal sealed class HandleParser : InlineParser
{
    public HandleParser()
    {
        OpeningCharacters = ['@'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!slice.PeekCharExtra(-1).IsWhiteSpaceOrZero())
        {
            return false;
        }

        var start = slice.Start;
        var end = start + 1;
        while (end <= slice.End && IsHandleCharacter(slice.Text[end]))
        {
            end++;
        }

        if (end == start + 1)
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new HandleInline
        {
            Name = slice.Text[start..end],
            Span = new SourceSpan(position, position + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }

    private static bool IsHandleCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
