using System.CommandLine;
using Recap.Cli.Commands;
using Recap.Cli.Failures;
using Recap.Model.Diagnostics;
using Recap.Publishing;

namespace Recap.Cli;

/// <summary>
/// The <c>recap</c> command: registers the subcommands, maps parse errors to exit status 2 and any
/// failure that escapes a command to one line (<see cref="FailureReport"/>).
/// </summary>
public static class RecapCommandLine
{
    public static int Run(string[] args, PublishEnvironment environment)
    {
        try
        {
            return Dispatch(args, environment);
        }
        catch (Exception e)
        {
            return FailureReport.Report(e, environment);
        }
    }

    private static int Dispatch(string[] args, PublishEnvironment environment)
    {
        var root = new RootCommand("""
            Recap publishes a folder of Markdown talk write-ups as a PDF booklet and an EPUB 3 ebook.

            Example:
              recap build content -o out
            """)
        {
            BuildCommand.Create(environment),
            CheckCommand.Create(environment),
            MailCommand.Create(environment),
            WatchCommand.Create(environment),
            NewCommand.Create(environment),
        };

        // No response files: `recap new "@scale: a talk"` and `--speaker @bmizerany` are text, not files to splice in.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on a parse error; the contract reserves 1 for content errors.
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine($"recap: error: {Printable.Escape(error.Message)}");
            }

            environment.Error.WriteLine("Run 'recap --help' for usage.");
            return ExitCodes.UsageError;
        }

        // Failures reach Run's handler, not System.CommandLine's, which prints the stack trace.
        return parseResult.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false });
    }
}
