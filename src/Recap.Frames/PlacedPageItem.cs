namespace Recap.Frames;

/// <summary>
/// Another page drawn onto this one as vectors: its items, scaled by <paramref name="Scale"/> and
/// clipped to its own size, with its top-left corner at <paramref name="Origin"/>. Imposition uses
/// it to put booklet pages on printer sheets; an exporter writes the placed page once however often
/// it is placed.
/// </summary>
/// <param name="Scale">Uniform, greater than zero; 1 keeps the page's own size.</param>
public sealed record PlacedPageItem(Page Page, Point Origin, double Scale) : FrameItem
{
    /// <summary>The area the placed page covers on this page.</summary>
    public Rect Bounds => new(Origin.X, Origin.Y, Page.Size.Width * Scale, Page.Size.Height * Scale);

    public override TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Accept(IFrameItemVisitor visitor) => visitor.Visit(this);
}
