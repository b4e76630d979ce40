namespace Recap.Publishing;

/// <summary>The command line or its environment asks for something recap cannot do: exit status 2.</summary>
public sealed class UsageException(string message) : Exception(message);
