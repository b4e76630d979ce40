using System.CommandLine;
using Recap.Publishing;

namespace Recap.Cli.Commands;

/// <summary><c>recap check [CONTENT]</c>: everything <c>build</c> does (layout included) but the writing; the same problems reported.</summary>
public static class CheckCommand
{
    public static Command Create(PublishEnvironment environment)
    {
        var common = new CommonOptions();
        var command = new Command("check", """
            Read and lay out the content and report every problem build would, without
            writing anything.

            Example:
              recap check content
            """);
        common.AddTo(command);
        command.SetAction(parseResult => new Publisher(environment).Check(common.Read(parseResult)));
        return command;
    }
}
