namespace Recap.Epub;

/// <summary>
/// Where a long identifier, path or URL may break when a line cannot hold it, so that a reader's narrow
/// column or large type breaks it at a seam rather than anywhere (the stylesheet's <c>overflow-wrap</c>
/// remains the last resort): after <c>_ . / :: @ ? &amp; = -</c>, and before a capital that follows a
/// lower-case letter or digit (camelCase). Only inside runs without spaces long enough to need it, and
/// never next to another break point or at a run's ends.
/// </summary>
internal static class BreakPoints
{
    /// <summary>A run shorter than this fits any column at any type size a reader offers.</summary>
    public const int MinRun = 14;

    /// <summary>Offsets in <paramref name="text"/> before which a break may go, ascending.</summary>
    public static IReadOnlyList<int> In(string text)
    {
        var points = new List<int>();
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (end - start >= MinRun)
            {
                AddRun(text, start, end, points);
            }

            start = end;
        }

        return points;
    }

    private static void AddRun(string text, int start, int end, List<int> points)
    {
        for (var i = start + 2; i < end - 1; i++)
        {
            var before = text[i - 1];
            var here = text[i];
            var after = before is '_' or '.' or '/' or '@' or '?' or '&' or '=' or '-'
                || (before == ':' && text[i - 2] == ':');
            var camel = char.IsUpper(here) && (char.IsLower(before) || char.IsDigit(before));
            if ((after && !IsSeparator(here)) || camel)
            {
                if (points.Count == 0 || points[^1] < i - 1)
                {
                    points.Add(i);
                }
            }
        }
    }

    private static bool IsSeparator(char c) => c is '_' or '.' or '/' or ':' or '@' or '?' or '&' or '=' or '-';
}
