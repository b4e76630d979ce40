using System.CommandLine;
using Recap.Imposition;

namespace Recap.Cli.Commands;

/// <summary><c>--impose</c> and <c>--marks</c> of <c>recap build</c>: the booklet imposed for the printer.</summary>
public sealed class ImposeOptions
{
    public Option<bool> Impose { get; } = new("--impose")
    {
        Description = "Also write SLUG-imposed.pdf: the booklet 2-up on landscape sheets in saddle-stitch order, "
            + "to print duplex (flip on the short edge), stack and fold.",
    };

    public Option<bool> Marks { get; } = new("--marks")
    {
        Description = "Draw trim and fold marks on the imposed sheets (implies --impose; the pages shrink to make room).",
    };

    /// <param name="format">The build's --format: imposition needs the booklet.</param>
    public void AddTo(Command command, Option<string> format)
    {
        command.Add(Impose);
        command.Add(Marks);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(Impose) || result.GetValue(Marks)) && result.GetValue(format) == "epub")
            {
                result.AddError("--impose needs the booklet: use --format pdf or all");
            }
        });
    }

    /// <returns>How to impose, or null when no imposed file is wanted.</returns>
    public ImpositionOptions? Read(ParseResult parseResult)
    {
        var marks = parseResult.GetValue(Marks);
        return parseResult.GetValue(Impose) || marks ? new ImpositionOptions { Marks = marks } : null;
    }
}
