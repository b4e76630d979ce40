namespace Recap.Frames;

/// <summary>
/// Something placed on a page. A closed set: <see cref="GlyphRunItem"/>, <see cref="ShapeItem"/>,
/// <see cref="ImageItem"/>, <see cref="LinkItem"/>, <see cref="DestinationItem"/> and
/// <see cref="PlacedPageItem"/> (a whole page drawn inside another); items are drawn in list order,
/// later ones on top. Every position is in points from the page's top-left corner, y down.
/// </summary>
public abstract record FrameItem
{
    private protected FrameItem()
    {
    }
}
