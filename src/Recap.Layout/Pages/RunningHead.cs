using Recap.Fonts;

namespace Recap.Layout.Pages;

/// <summary>
/// A running head that fits its line: the whole title when it fits, else as many whole words as
/// fit followed by an ellipsis (a single word too long is cut between characters). The outline
/// and the contents keep the whole title; only the head line is shortened.
/// </summary>
public static class RunningHead
{
    public const string Ellipsis = "\u2026";

    public static ShapedRun Fit(string title, double width, Func<string, ShapedRun> shape)
    {
        var whole = shape(title);
        if (whole.Width <= width)
        {
            return whole;
        }

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length - 1; count > 0; count--)
        {
            var run = shape(Trim(string.Join(' ', words.Take(count))) + Ellipsis);
            if (run.Width <= width)
            {
                return run;
            }
        }

        for (var length = title.Length - 1; length > 0; length--)
        {
            var run = shape(title[..length] + Ellipsis);
            if (run.Width <= width)
            {
                return run;
            }
        }

        return shape(Ellipsis);
    }

    // "Go, Fast, …" reads worse than "Go, Fast…": a clause's punctuation goes before the ellipsis.
    private static string Trim(string text) => text.TrimEnd(',', ';', ':', '-', '\u2013', '\u2014', ' ');
}
