namespace Recap.Frames;

/// <summary>
/// One method per kind of <see cref="FrameItem"/>: a writer that implements it handles every kind,
/// and a new kind does not compile until every writer does (instead of failing when a page first holds one).
/// <see cref="IFrameItemVisitor{TResult}"/> is the same for writers that make something of each item.
/// </summary>
public interface IFrameItemVisitor
{
    void Visit(GlyphRunItem run);

    void Visit(TextLineItem line);

    void Visit(ShapeItem shape);

    void Visit(ImageItem image);

    void Visit(LinkItem link);

    void Visit(DestinationItem destination);

    void Visit(PlacedPageItem placed);

    void Visit(GroupItem group);
}

/// <summary>An <see cref="IFrameItemVisitor"/> that makes something of each item.</summary>
public interface IFrameItemVisitor<out TResult>
{
    TResult Visit(GlyphRunItem run);

    TResult Visit(TextLineItem line);

    TResult Visit(ShapeItem shape);

    TResult Visit(ImageItem image);

    TResult Visit(LinkItem link);

    TResult Visit(DestinationItem destination);

    TResult Visit(PlacedPageItem placed);

    TResult Visit(GroupItem group);
}
