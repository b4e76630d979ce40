using System.CommandLine;
using Recap.Publishing;

namespace Recap.Cli.Commands;

/// <summary>
/// The switches of a build, declared once for every command that builds: <c>build</c> and <c>watch</c>
/// take all of them, <c>mail</c> the content, output and paper (it always writes both files).
/// </summary>
public sealed class BuildOptionSet
{
    public CommonOptions Common { get; } = new();

    public Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "The folder to write into; created when missing.",
        DefaultValueFactory = _ => "out",
    };

    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "What to build: pdf (the booklet), epub (the ebook) or all.",
        DefaultValueFactory = _ => "all",
    };

    public Option<string?> Paper { get; } = new("--paper")
    {
        Description = "The booklet's paper: a5 (the theme's default), a4, letter or half-letter.",
    };

    public Option<bool> NoSystemFonts { get; } = new("--no-system-fonts")
    {
        Description = "Take no face from the machine's fonts for characters the theme's faces lack: the same output on every machine.",
    };

    public ImposeOptions Impose { get; } = new();

    public PreviewOption Preview { get; } = new();

    public BuildOptionSet()
    {
        Format.AcceptOnlyFromAmong("epub", "pdf", "all");
        Paper.AcceptOnlyFromAmong([.. Theming.Paper.Sizes.Keys]);
    }

    /// <summary>Adds every switch of a build (for <c>recap build</c>).</summary>
    public void AddAllTo(Command command)
    {
        Common.AddTo(command);
        command.Add(Output);
        command.Add(Format);
        command.Add(Paper);
        command.Add(NoSystemFonts);
        Impose.AddTo(command, Format);
        Preview.AddTo(command, Format);
    }

    /// <summary>Adds the content, the output folder and the paper: what a command that always writes both files takes.</summary>
    public void AddOutputTo(Command command)
    {
        Common.AddTo(command);
        command.Add(Output);
        command.Add(Paper);
        command.Add(NoSystemFonts);
    }

    /// <summary>The build asked of a command given <see cref="AddAllTo"/>.</summary>
    public BuildOptions Read(ParseResult parseResult) => ReadOutput(parseResult) with
    {
        Formats = Enum.Parse<OutputFormats>(parseResult.GetRequiredValue(Format), ignoreCase: true),
        Impose = Impose.Read(parseResult),
        Preview = Preview.Read(parseResult),
    };

    /// <summary>The build asked of a command given <see cref="AddOutputTo"/>: both files, nothing else.</summary>
    public BuildOptions ReadOutput(ParseResult parseResult) => new(
        Common.Read(parseResult),
        parseResult.GetRequiredValue(Output),
        OutputFormats.All,
        parseResult.GetValue(Paper),
        SystemFonts: !parseResult.GetValue(NoSystemFonts));
}
