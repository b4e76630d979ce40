namespace Recap.Frames;

/// <summary>A clickable area. A link broken over two lines is two items with the same element.</summary>
/// <param name="Element">The <see cref="StructureKind.Link"/> element that also holds the link's text.</param>
public sealed record LinkItem(Rect Area, LinkTarget Target, StructureElement? Element) : FrameItem
{
    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
