using System.CommandLine;
using Recap.Cli.Publishing;

namespace Recap.Cli.Commands;

/// <summary><c>recap build [CONTENT] [-o DIR] [--format …]</c>: read the content and write the outputs.</summary>
public static class BuildCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write into; created when missing.",
            DefaultValueFactory = _ => "out",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "What to build: epub, pdf or all.",
            DefaultValueFactory = _ => "epub",
        };
        format.AcceptOnlyFromAmong("epub", "pdf", "all");

        var command = new Command("build", """
            Build the publication from a content folder. Output files are named after the
            title's slug and replaced atomically; when the content has errors nothing is written.

            Examples:
              recap build                       content/ into out/
              recap build talks -o dist         talks/ into dist/
              SOURCE_DATE_EPOCH=1467331200 recap build   fix the ebook's modification date
            """);
        common.AddTo(command);
        command.Add(output);
        command.Add(format);
        command.SetAction(parseResult =>
        {
            var request = new BuildRequest(
                new CheckRequest(
                    parseResult.GetRequiredValue(common.Content),
                    parseResult.GetValue(common.Quiet),
                    parseResult.GetValue(common.WarningsAsErrors)),
                parseResult.GetRequiredValue(output),
                Enum.Parse<OutputFormats>(parseResult.GetRequiredValue(format), ignoreCase: true));
            return new Publisher(environment).Build(request);
        });
        return command;
    }
}
