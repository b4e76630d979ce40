using System.CommandLine;
using Recap.Cli.Commands;
using Recap.Publishing;

namespace Recap.Cli;

/// <summary>The <c>recap</c> command: registers the subcommands and maps parse errors to exit status 2.</summary>
public static class RecapCommandLine
{
    public static int Run(string[] args, PublishEnvironment environment)
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

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on a parse error; the contract reserves 1 for content errors.
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine($"recap: error: {error.Message}");
            }

            environment.Error.WriteLine("Run 'recap --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error });
    }
}
