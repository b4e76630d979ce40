using System.CommandLine;
using Recap.Cli.Scaffolding;
using Recap.Publishing;

namespace Recap.Cli.Commands;

/// <summary><c>recap new "Title" [--speaker NAME]… [--content DIR]</c>: scaffold the next write-up.</summary>
public static class NewCommand
{
    public static Command Create(PublishEnvironment environment)
    {
        var title = new Argument<string>("title") { Description = "The write-up's title; its slug names the file." };
        var speakers = new Option<string[]>("--speaker", "-s")
        {
            Description = "A speaker's name; repeat for each speaker. Without one, the write-up is a foreword.",
            AllowMultipleArgumentsPerToken = false,
        };
        var content = new Option<string>("--content", "-c")
        {
            Description = "The content folder to write into.",
            DefaultValueFactory = _ => "content",
        };
        var command = new Command("new", """
            Write a new write-up into the content folder: front matter with the title and speakers,
            numbered after the last write-up (NN-slug.md). Never overwrites a file.

            Examples:
              recap new "Built for Snappiness" --speaker "Blake Mizerany"
              recap new "Closing Panel" -s "Ada Lovelace" -s "Grace Hopper" --content talks
            """);
        command.Add(title);
        command.Add(speakers);
        command.Add(content);
        command.SetAction(parseResult => new WriteUpCreator(environment).Create(
            parseResult.GetRequiredValue(content),
            parseResult.GetRequiredValue(title),
            parseResult.GetValue(speakers) ?? []));
        return command;
    }
}
