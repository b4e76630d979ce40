namespace Recap.Frames;

/// <summary>Where a link goes: <see cref="UriTarget"/> or <see cref="DestinationTarget"/>.</summary>
public abstract record LinkTarget
{
    private protected LinkTarget()
    {
    }
}
