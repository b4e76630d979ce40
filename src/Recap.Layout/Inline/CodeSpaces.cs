namespace Recap.Layout.Inline;

/// <summary>
/// Inline code keeps its runs of spaces (<c>46% |====      |</c>): the first space of a run stays a
/// place the line may break, the rest become no-break spaces, which the word splitter keeps inside
/// the word at the mono face's full width instead of collapsing them into one stretchable space.
/// </summary>
internal static class CodeSpaces
{
    public static string Keep(string code)
    {
        if (!code.Contains("  ", StringComparison.Ordinal))
        {
            return code;
        }

        var kept = code.ToCharArray();
        for (var i = 1; i < kept.Length; i++)
        {
            if (kept[i] == ' ' && (kept[i - 1] == ' ' || kept[i - 1] == '\u00A0'))
            {
                kept[i] = '\u00A0';
            }
        }

        return new string(kept);
    }
}
