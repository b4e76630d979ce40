namespace Recap.Cli;

/// <summary>What a run sees of its process: where it prints and the environment variables it honours.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable)
{
    public static CliEnvironment FromProcess() => new(Console.Out, Console.Error, Environment.GetEnvironmentVariable);
}
