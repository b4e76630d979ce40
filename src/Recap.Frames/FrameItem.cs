namespace Recap.Frames;

/// <summary>
/// Something placed on a page. A closed set: <see cref="GlyphRunItem"/>, <see cref="TextLineItem"/> (a line's runs), <see cref="ShapeItem"/>,
/// <see cref="ImageItem"/>, <see cref="LinkItem"/>, <see cref="DestinationItem"/>,
/// <see cref="PlacedPageItem"/> (a whole page drawn inside another) and <see cref="GroupItem"/>
/// (items moved, and optionally clipped, together); writers handle every kind through
/// <see cref="IFrameItemVisitor"/> (or <see cref="IFrameItemVisitor{TResult}"/> to make something of each). Items are drawn in list order, later ones on top.
/// Every position is in points from the top-left corner of what holds the item (the page, or a
/// group's origin), y down.
/// </summary>
public abstract record FrameItem
{
    private protected FrameItem()
    {
    }

    public abstract TResult Accept<TResult>(IFrameItemVisitor<TResult> visitor);

    public abstract void Accept(IFrameItemVisitor visitor);
}
