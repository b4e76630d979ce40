namespace Recap.Frames;

/// <summary>An external address, e.g. <c>https://golang.org/</c>.</summary>
public sealed record UriTarget(string Uri) : LinkTarget
{
    public override TResult Match<TResult>(Func<UriTarget, TResult> uri, Func<DestinationTarget, TResult> destination) => uri(this);
}
