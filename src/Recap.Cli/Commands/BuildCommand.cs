using System.CommandLine;
using Recap.Publishing;

namespace Recap.Cli.Commands;

/// <summary><c>recap build [CONTENT] [-o DIR] [--format …]</c>: read the content and write the outputs.</summary>
public static class BuildCommand
{
    public static Command Create(PublishEnvironment environment)
    {
        var options = new BuildOptionSet();
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
        options.AddAllTo(command);
        command.SetAction(parseResult => new Publisher(environment).Build(options.Read(parseResult)));
        return command;
    }
}
