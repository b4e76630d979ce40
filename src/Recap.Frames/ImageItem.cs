namespace Recap.Frames;

/// <summary>An image scaled to fill <paramref name="Bounds"/>.</summary>
/// <param name="Element">Usually a <see cref="StructureKind.Figure"/> with alt text; null for a decorative image (an artifact).</param>
public sealed record ImageItem(Rect Bounds, ImageData Image, StructureElement? Element) : FrameItem
{
    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
