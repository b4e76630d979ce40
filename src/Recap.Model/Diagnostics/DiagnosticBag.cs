namespace Recap.Model.Diagnostics;

/// <summary>
/// Collects every problem a run finds. Passed into each stage (like Typst's Sink or pandoc's
/// report) so that a stage keeps going after an error and one run reports all problems.
/// Thread-safe: stages may work on write-ups in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();
    private readonly Dictionary<(string File, string Code, string Subject), int> _once = [];

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(SourceSpan source, string code, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, source, code, message, hint));

    public void Warning(SourceSpan source, string code, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, source, code, message, hint));

    /// <summary>
    /// A warning given once per file for one subject (a character no font has), however often it
    /// recurs: at its earliest place, whatever order parallel stages report in.
    /// </summary>
    public void WarningOnce(string subject, SourceSpan source, string code, string message, string? hint = null)
    {
        var diagnostic = new Diagnostic(Severity.Warning, source, code, message, hint);
        lock (_lock)
        {
            var key = (source.File, code, subject);
            if (!_once.TryGetValue(key, out var index))
            {
                _once[key] = _items.Count;
                _items.Add(diagnostic);
            }
            else if ((source.Line, source.Column).CompareTo((_items[index].Source.Line, _items[index].Source.Column)) < 0)
            {
                _items[index] = diagnostic;
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Every problem so far, ordered by file, line and column so output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => d.Source.File, StringComparer.Ordinal)
                .ThenBy(d => d.Source.Line)
                .ThenBy(d => d.Source.Column)
                .ToList();
        }
    }
}
