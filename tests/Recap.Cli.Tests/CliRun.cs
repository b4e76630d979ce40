using Recap.Publishing;

namespace Recap.Cli.Tests;

/// <summary>Runs the recap command line in-process and keeps what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new PublishEnvironment(output, error, name => variables?.GetValueOrDefault(name));
        var exitCode = RecapCommandLine.Run(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static CliRun Of(params string[] args) => Of(null, args);
}
