namespace Recap.Cli.Publishing;

/// <summary>What <c>recap build</c> was asked: the check's settings plus where and what to write.</summary>
public sealed record BuildRequest(CheckRequest Check, string OutputFolder, OutputFormats Formats);
