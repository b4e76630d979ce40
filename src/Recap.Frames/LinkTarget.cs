namespace Recap.Frames;

/// <summary>Where a link goes: <see cref="UriTarget"/> or <see cref="DestinationTarget"/>.</summary>
public abstract record LinkTarget
{
    private protected LinkTarget()
    {
    }

    /// <summary>One function per kind of target: a new kind does not compile until every caller handles it.</summary>
    public abstract TResult Match<TResult>(Func<UriTarget, TResult> uri, Func<DestinationTarget, TResult> destination);
}
