namespace Recap.Markdown.FrontMatter;

/// <summary>
/// Finds the front matter: a <c>---</c> line opening the file, closed by the next <c>---</c> (or
/// YAML's <c>...</c>) line. Done by hand rather than with Markdig's YAML extension, which reads an
/// empty front matter as two thematic breaks and an unclosed one as body text.
/// </summary>
internal static class FrontMatterSplitter
{
    /// <summary>Null <see cref="FrontMatterSplit.Yaml"/> with <paramref name="unclosed"/> false: the file has no front matter.</summary>
    public static FrontMatterSplit Split(string text, out bool unclosed)
    {
        unclosed = false;
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text.AsSpan(0, firstEnd), "---"))
        {
            return new FrontMatterSplit(null, 0, text, 1);
        }

        // Walked in place rather than split into line strings: a write-up is read once, and its
        // lines would be garbage the moment the split is made.
        var (line, start) = (1, firstEnd + 1);
        while (start <= text.Length && LineEnd(text, start) is var end && !IsClosing(text.AsSpan(start, end - start)))
        {
            (line, start) = (line + 1, end + 1);
        }

        if (start > text.Length)
        {
            unclosed = true;
            return new FrontMatterSplit(null, 0, text, 1);
        }

        var yamlStart = firstEnd + 1;
        var yaml = text.Substring(yamlStart, Math.Max(0, start - 1 - yamlStart));
        return new FrontMatterSplit(yaml, 1, Body(text, line, LineEnd(text, start)), line + 2);
    }

    /// <summary>
    /// The front matter's lines (fences included) as empty lines, then the rest as written: Markdig
    /// counts the file's lines and reads nothing of the front matter. A closing fence that ends the
    /// file leaves no line ending of its own.
    /// </summary>
    private static string Body(string text, int closeLine, int closeEnd)
    {
        var rest = closeEnd < text.Length ? text.AsSpan(closeEnd + 1) : [];
        var newlines = closeEnd < text.Length ? closeLine + 1 : closeLine;
        return string.Create(newlines + rest.Length, (newlines, text, closeEnd), static (body, state) =>
        {
            body[..state.newlines].Fill('\n');
            if (state.closeEnd < state.text.Length)
            {
                state.text.AsSpan(state.closeEnd + 1).CopyTo(body[state.newlines..]);
            }
        });
    }

    /// <summary>The index of the <c>'\n'</c> ending the line at <paramref name="start"/>, or the text's length.</summary>
    private static int LineEnd(string text, int start) =>
        text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length;

    private static bool IsClosing(ReadOnlySpan<char> line) => IsFence(line, "---") || IsFence(line, "...");

    private static bool IsFence(ReadOnlySpan<char> line, string fence) => line.TrimEnd("\r \t").SequenceEqual(fence);
}
