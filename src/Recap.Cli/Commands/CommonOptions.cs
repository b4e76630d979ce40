using System.CommandLine;
using Recap.Publishing;

namespace Recap.Cli.Commands;

/// <summary>The argument and switches every command that reads content shares.</summary>
public sealed class CommonOptions
{
    public Argument<string> Content { get; } = new("content")
    {
        Description = "The content folder: book.yml and one Markdown file per write-up.",
        DefaultValueFactory = _ => "content",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print errors and the totals line only: no warnings, no summary of what was written.",
    };

    public Option<bool> WarningsAsErrors { get; } = new("--warnings-as-errors")
    {
        Description = "Treat warnings as errors: exit 1 and write nothing.",
    };

    public Option<bool> Offline { get; } = new("--offline")
    {
        Description = "Take pictures named by web address from the cache only; one not there is a warning and a placeholder.",
    };

    public Option<bool> Refresh { get; } = new("--refresh")
    {
        Description = "Fetch every picture named by web address again, even when the cache has it.",
    };

    public CommonOptions()
    {
        // A mistyped option would otherwise be taken for the content folder's name.
        Content.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: ['-', ..] value }])
            {
                result.AddError($"unknown option '{value}'");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Add(Content);
        command.Add(Quiet);
        command.Add(WarningsAsErrors);
        command.Add(Offline);
        command.Add(Refresh);
    }

    public CheckOptions Read(ParseResult parseResult) => new(
        parseResult.GetRequiredValue(Content),
        parseResult.GetValue(Quiet),
        parseResult.GetValue(WarningsAsErrors),
        parseResult.GetValue(Offline),
        parseResult.GetValue(Refresh));
}
