using Recap.Model.Diagnostics;

namespace Recap.Publishing.Output;

/// <summary>Prints problems one a line, <c>path:line:column: severity: message</c>, and decides whether they fail the run.</summary>
public static class DiagnosticPrinter
{
    /// <returns>True when the run must stop: an error, or a warning under <c>--warnings-as-errors</c>.</returns>
    public static bool Report(DiagnosticBag diagnostics, bool warningsAsErrors, TextWriter error)
    {
        var failed = false;
        foreach (var diagnostic in diagnostics.Sorted())
        {
            var shown = warningsAsErrors ? diagnostic with { Severity = Severity.Error } : diagnostic;
            failed |= shown.Severity == Severity.Error;
            error.WriteLine(shown.ToString());
        }

        return failed;
    }
}
