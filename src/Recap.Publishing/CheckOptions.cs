namespace Recap.Publishing;

/// <summary>What every command that reads content is asked: which content, and how to treat warnings.</summary>
public sealed record CheckOptions(string ContentFolder, bool Quiet = false, bool WarningsAsErrors = false);
