namespace Recap.Frames;

/// <summary>A named place that links and outline entries jump to: the viewer scrolls <paramref name="Position"/> to its top-left.</summary>
public sealed record DestinationItem(Point Position, string Name) : FrameItem
{
    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
