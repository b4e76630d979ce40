using Recap.Model.Diagnostics;
using Recap.Publishing;
using Recap.Publishing.Output;

namespace Recap.Cli.Failures;

/// <summary>
/// The last resort: whatever escapes a command becomes one line on standard error and an exit
/// status, never a stack trace. Output and system problems (a full disk, a read-only folder) exit 1
/// like content errors, as compilers do when they cannot write their output; anything unforeseen
/// is a bug in recap and exits 70 (EX_SOFTWARE in sysexits.h). The trace is printed only when
/// <c>RECAP_TRACE=1</c>, for bug reports.
/// </summary>
public static class FailureReport
{
    public const string TraceVariable = "RECAP_TRACE";

    public const int InternalError = 70;

    public static int Report(Exception failure, PublishEnvironment environment)
    {
        var (exitCode, message) = Describe(Innermost(failure));
        environment.Error.WriteLine("recap: error: " + Printable.Escape(message));
        if (environment.GetVariable(TraceVariable) == "1")
        {
            environment.Error.WriteLine(failure.ToString());
        }

        return exitCode;
    }

    private static (int ExitCode, string Message) Describe(Exception failure) => failure switch
    {
        OutputException output => (ExitCodes.ContentErrors, output.Message),
        IOException or UnauthorizedAccessException => (ExitCodes.ContentErrors, failure.Message),
        OutOfMemoryException => (ExitCodes.ContentErrors, "out of memory: the content is too large to build on this machine"),
        _ => (InternalError, $"internal error ({failure.GetType().Name}: {failure.Message}); please report it with the output of {TraceVariable}=1 recap …"),
    };

    /// <summary>Parallel writers wrap their failure; the first one is the cause worth naming.</summary>
    private static Exception Innermost(Exception failure)
    {
        while (failure is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            failure = aggregate.InnerExceptions.OfType<OutputException>().FirstOrDefault() ?? aggregate.InnerExceptions[0];
        }

        return failure;
    }
}
