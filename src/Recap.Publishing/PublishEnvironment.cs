namespace Recap.Publishing;

/// <summary>What a run sees of its process: where it prints and the environment variables it honours.</summary>
public sealed record PublishEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable)
{
    public static PublishEnvironment FromProcess() => new(Console.Out, Console.Error, Environment.GetEnvironmentVariable);

    /// <summary>Prints nothing and sees no variables: for benchmarks and tests that read the files.</summary>
    public static PublishEnvironment Quiet { get; } = new(TextWriter.Null, TextWriter.Null, _ => null);
}
