using System.Text.RegularExpressions;

namespace Recap.Cli.Tests;

/// <summary><c>recap --help</c> names every command, and each command's help shows it in use.</summary>
public sealed partial class HelpTests
{
    [Fact]
    public void The_overview_says_what_recap_makes_and_lists_every_command()
    {
        var help = CliRun.Of("--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("as a PDF booklet and an EPUB 3 ebook", help.Out, StringComparison.Ordinal);
        Assert.Superset(new HashSet<string> { "build", "check", "watch", "new" }, Commands(help.Out).ToHashSet());
    }

    [Fact]
    public void Every_command_has_an_example_of_itself()
    {
        foreach (var command in Commands(CliRun.Of("--help").Out))
        {
            var help = CliRun.Of(command, "--help");

            Assert.Equal(0, help.ExitCode);
            Assert.Matches(new Regex($@"Examples?:\n(\s+.*\n)*?\s+(\S+=\S+ )?recap {command}\b"), help.Out);
        }
    }

    private static IEnumerable<string> Commands(string rootHelp) =>
        CommandLine().Matches(rootHelp[rootHelp.IndexOf("Commands:", StringComparison.Ordinal)..]).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"^  (?<name>[a-z]+)\b", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}
