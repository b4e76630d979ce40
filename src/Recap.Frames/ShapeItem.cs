namespace Recap.Frames;

/// <summary>A path filled, stroked, or both (at least one of <paramref name="Fill"/> and <paramref name="Stroke"/>).</summary>
/// <param name="Element">The structure element this shape belongs to, or null for decoration (an artifact).</param>
public sealed record ShapeItem(ShapePath Path, Color? Fill, Stroke? Stroke, StructureElement? Element) : FrameItem
{
    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
