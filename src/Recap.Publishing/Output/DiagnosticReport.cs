using Recap.Model.Diagnostics;

namespace Recap.Publishing.Output;

/// <summary>
/// Prints a run's problems one a line, <c>path:line:column: severity: message</c>, counts them, and
/// ends the run with one line of totals (<c>3 errors, 42 warnings</c>), so a long list still says
/// how it came out. Under <c>--quiet</c> warnings are counted but not printed.
/// </summary>
public sealed class DiagnosticReport(CheckOptions options, PublishEnvironment environment)
{
    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    /// <returns>True when the run must stop: an error, or a warning under <c>--warnings-as-errors</c>.</returns>
    public bool Report(DiagnosticBag diagnostics)
    {
        var failed = false;
        foreach (var diagnostic in diagnostics.Sorted())
        {
            var shown = options.WarningsAsErrors ? diagnostic with { Severity = Severity.Error } : diagnostic;
            if (shown.Severity == Severity.Error)
            {
                failed = true;
                Errors++;
            }
            else
            {
                Warnings++;
                if (options.Quiet)
                {
                    continue;
                }
            }

            environment.Error.WriteLine(shown.ToString());
        }

        return failed;
    }

    /// <summary>Prints an error that is not about a place in the content (a wrong theme value) and counts it.</summary>
    public void Error(string line)
    {
        Errors++;
        environment.Error.WriteLine(line);
    }

    /// <summary>The last line of every run, on standard output beside the files written.</summary>
    public void WriteTotals() =>
        environment.Out.WriteLine($"{Count(Errors, "error")}, {Count(Warnings, "warning")}");

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
