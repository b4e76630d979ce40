namespace Recap.Model.Diagnostics;

/// <summary>One problem found in the content, printed the way compilers print them, always on one line.</summary>
/// <param name="Code">A stable short name (for example <c>missing-title</c>) that tests and tools can match.</param>
public sealed record Diagnostic(Severity Severity, SourceSpan Source, string Code, string Message, string? Hint = null)
{
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint})";
        return Printable.Escape($"{Source}: {severity}: {Message}{hint}");
    }
}
