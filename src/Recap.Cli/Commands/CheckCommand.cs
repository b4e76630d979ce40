using System.CommandLine;
using Recap.Cli.Publishing;

namespace Recap.Cli.Commands;

/// <summary><c>recap check [CONTENT]</c>: read the content and report problems; write nothing.</summary>
public static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var command = new Command("check", """
            Read the content and report every problem, without writing anything.

            Example:
              recap check content
            """);
        common.AddTo(command);
        command.SetAction(parseResult =>
        {
            var request = new CheckRequest(
                parseResult.GetRequiredValue(common.Content),
                parseResult.GetValue(common.Quiet),
                parseResult.GetValue(common.WarningsAsErrors));
            return new Publisher(environment).Check(request);
        });
        return command;
    }
}
