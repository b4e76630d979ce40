namespace Recap.Markdown.FrontMatter;

/// <summary>
/// Finds the front matter: a <c>---</c> line opening the file, closed by the next <c>---</c> (or
/// YAML's <c>...</c>) line. Done by hand rather than with Markdig's YAML extension, which reads an
/// empty front matter as two thematic breaks and an unclosed one as body text.
/// </summary>
internal static class FrontMatterSplitter
{
    /// <summary>Null <see cref="FrontMatterSplit.Yaml"/>, not <see cref="FrontMatterSplit.Unclosed"/>: the file has no front matter.</summary>
    public static FrontMatterSplit Split(ReadOnlySpan<char> text)
    {
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text[..firstEnd], "---"))
        {
            return new FrontMatterSplit(null, 0, text.ToString(), 1, Unclosed: false);
        }

        // Walked in place rather than split into line strings: a write-up is read once, and its
        // lines would be garbage the moment the split is made.
        var (line, start) = (1, firstEnd + 1);
        while (start <= text.Length && LineEnd(text, start) is var end && !IsClosing(text[start..end]))
        {
            (line, start) = (line + 1, end + 1);
        }

        if (start > text.Length)
        {
            return new FrontMatterSplit(null, 0, text.ToString(), 1, Unclosed: true);
        }

        var yamlStart = firstEnd + 1;
        var yaml = text.Slice(yamlStart, Math.Max(0, start - 1 - yamlStart)).ToString();
        return new FrontMatterSplit(yaml, 1, Body(text, line, LineEnd(text, start)), line + 2, Unclosed: false);
    }

    /// <summary>
    /// The front matter's lines (fences included) as empty lines, then the rest as written: Markdig
    /// counts the file's lines and reads nothing of the front matter. A closing fence that ends the
    /// file leaves no line ending of its own.
    /// </summary>
    private static string Body(ReadOnlySpan<char> text, int closeLine, int closeEnd)
    {
        var rest = closeEnd < text.Length ? text[(closeEnd + 1)..] : [];
        var newlines = closeEnd < text.Length ? closeLine + 1 : closeLine;
        Span<char> blank = newlines <= 256 ? stackalloc char[newlines] : new char[newlines];
        blank.Fill('\n');
        return string.Concat(blank, rest);
    }

    /// <summary>The index of the <c>'\n'</c> ending the line at <paramref name="start"/>, or the text's length.</summary>
    private static int LineEnd(ReadOnlySpan<char> text, int start) =>
        text[start..].IndexOf('\n') is var end and >= 0 ? start + end : text.Length;

    private static bool IsClosing(ReadOnlySpan<char> line) => IsFence(line, "---") || IsFence(line, "...");

    private static bool IsFence(ReadOnlySpan<char> line, string fence) => line.TrimEnd("\r \t").SequenceEqual(fence);
}
