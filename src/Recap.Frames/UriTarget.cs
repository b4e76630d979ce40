namespace Recap.Frames;

/// <summary>An external address, e.g. <c>https://golang.org/</c>.</summary>
public sealed record UriTarget(string Uri) : LinkTarget;
