using System.CommandLine;
using Recap.Cli.Publishing;
using Recap.Layout.Styles;

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
            Description = "What to build: pdf (the booklet), epub (the ebook) or all.",
            DefaultValueFactory = _ => "all",
        };
        format.AcceptOnlyFromAmong("epub", "pdf", "all");
        var paper = new Option<string?>("--paper")
        {
            Description = "The booklet's paper: a5 (the theme's default), a4, letter or half-letter.",
        };
        paper.AcceptOnlyFromAmong([.. Paper.Sizes.Keys]);
        var impose = new ImposeOptions();
        var preview = new PreviewOption();

        var command = new Command("build", """
            Build the publication from a content folder. Output files are named after the
            title's slug and replaced atomically; when the content has errors nothing is written.

            Examples:
              recap build                          content/ into out/: the PDF booklet and the EPUB
              recap build talks -o dist -f epub    only the ebook of talks/, into dist/
              recap build --paper letter           the booklet on US Letter
              recap build --impose --marks         also the printer's file, with trim and fold marks
              recap build --preview                also PNG pictures of the pages and a cover card
              SOURCE_DATE_EPOCH=1467331200 recap build   fix the outputs' dates
            """);
        common.AddTo(command);
        command.Add(output);
        command.Add(format);
        command.Add(paper);
        impose.AddTo(command, format);
        preview.AddTo(command, format);
        command.SetAction(parseResult =>
        {
            var request = new BuildRequest(
                new CheckRequest(
                    parseResult.GetRequiredValue(common.Content),
                    parseResult.GetValue(common.Quiet),
                    parseResult.GetValue(common.WarningsAsErrors)),
                parseResult.GetRequiredValue(output),
                Enum.Parse<OutputFormats>(parseResult.GetRequiredValue(format), ignoreCase: true),
                parseResult.GetValue(paper),
                impose.Read(parseResult),
                preview.Read(parseResult));
            return new Publisher(environment).Build(request);
        });
        return command;
    }
}
