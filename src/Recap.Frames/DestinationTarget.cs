namespace Recap.Frames;

/// <summary>A place in this document, named by a <see cref="DestinationItem"/>.</summary>
public sealed record DestinationTarget(string Name) : LinkTarget
{
    public override TResult Match<TResult>(Func<UriTarget, TResult> uri, Func<DestinationTarget, TResult> destination) => destination(this);
}
