namespace Recap.Cli.Publishing;

/// <summary>What <c>recap check</c> was asked: which content, and how to treat warnings.</summary>
public sealed record CheckRequest(string ContentFolder, bool Quiet, bool WarningsAsErrors);
