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
