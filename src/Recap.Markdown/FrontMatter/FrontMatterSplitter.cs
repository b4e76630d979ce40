using System.Text;

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
        var lines = text.Split('\n');
        if (lines.Length == 0 || !IsFence(lines[0], "---"))
        {
            return new FrontMatterSplit(null, 0, text, 1);
        }

        var close = Array.FindIndex(lines, 1, line => IsFence(line, "---") || IsFence(line, "..."));
        if (close < 0)
        {
            unclosed = true;
            return new FrontMatterSplit(null, 0, text, 1);
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > close)
            {
                body.Append(lines[i]);
            }

            if (i < lines.Length - 1)
            {
                body.Append('\n');
            }
        }

        return new FrontMatterSplit(yaml, 1, body.ToString(), close + 2);
    }

    private static bool IsFence(string line, string fence) => line.TrimEnd('\r', ' ', '\t') == fence;
}
