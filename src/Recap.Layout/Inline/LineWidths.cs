namespace Recap.Layout.Inline;

/// <summary>
/// The measure of each line of a paragraph, by line index from 0: one width for all, a list
/// whose last entry repeats (a narrower first line beside a hanging label), or a function.
/// </summary>
public sealed class LineWidths
{
    private readonly double[] _widths;
    private readonly Func<int, double>? _function;

    private LineWidths(double[] widths, Func<int, double>? function, int constantFrom)
    {
        _widths = widths;
        _function = function;
        ConstantFrom = constantFrom;
    }

    /// <summary>
    /// The first line index from which every line has the same width. The breaker may merge
    /// otherwise equal candidates beyond it (the paper's optimisation for "easy" lines).
    /// </summary>
    public int ConstantFrom { get; }

    public double this[int line] => _function?.Invoke(line) ?? _widths[Math.Min(line, _widths.Length - 1)];

    public static LineWidths Uniform(double width) => Of(width);

    /// <summary>Line i gets <c>widths[i]</c>; lines past the end get the last width.</summary>
    public static LineWidths Of(params IReadOnlyList<double> widths)
    {
        if (widths.Count == 0)
        {
            throw new ArgumentException("At least one line width is needed.", nameof(widths));
        }

        var array = widths.ToArray();
        var constantFrom = array.Length - 1;
        while (constantFrom > 0 && array[constantFrom - 1] == array[^1])
        {
            constantFrom--;
        }

        return new LineWidths(array, null, constantFrom);
    }

    /// <summary>
    /// Line i gets <c>widthOfLine(i)</c>; say from which line on the width no longer changes,
    /// if it does, so the breaker can prune (otherwise every line is treated as different).
    /// </summary>
    public static LineWidths FromFunction(Func<int, double> widthOfLine, int constantFrom = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(widthOfLine);
        return new LineWidths([], widthOfLine, constantFrom);
    }
}
