using System.CommandLine;

namespace Recap.Cli.Commands;

/// <summary><c>--preview</c> of <c>recap build</c>: PNG pictures of the booklet's pages and a share card of its cover.</summary>
public sealed class PreviewOption
{
    public Option<bool> Preview { get; } = new("--preview")
    {
        Description = "Also draw the booklet's pages as PNG (SLUG-preview/page-001.png …, 96 dpi) "
            + "and its cover as a 1200×630 share card (SLUG-cover.png).",
    };

    /// <param name="format">The build's --format: previews show the booklet.</param>
    public void AddTo(Command command, Option<string> format)
    {
        command.Add(Preview);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Preview) && result.GetValue(format) == "epub")
            {
                result.AddError("--preview draws the booklet: use --format pdf or all");
            }
        });
    }

    public bool Read(ParseResult parseResult) => parseResult.GetValue(Preview);
}
