using System.CommandLine;
using Recap.Publishing;

namespace Recap.Cli.Commands;

/// <summary><c>recap check [CONTENT]</c>: read the content and report problems; write nothing.</summary>
public static class CheckCommand
{
    public static Command Create(PublishEnvironment environment)
    {
        var common = new CommonOptions();
        var command = new Command("check", """
            Read the content and report every problem, without writing anything.

            Example:
              recap check content
            """);
        common.AddTo(command);
        command.SetAction(parseResult => new Publisher(environment).Check(common.Read(parseResult)));
        return command;
    }
}
