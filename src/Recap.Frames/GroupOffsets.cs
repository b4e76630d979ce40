namespace Recap.Frames;

/// <summary>
/// The offsets of the groups around the item being walked, as a stack (pushed on entering a group,
/// popped on leaving it), and the one rule that turns a position in the item's coordinates into page
/// coordinates: each offset added in turn, innermost first, so positions are the same sums a move per
/// group would make, bit for bit. A writer that walks the groups with it draws in page coordinates
/// without copying any item.
/// </summary>
public sealed class GroupOffsets
{
    private Point[] _offsets = new Point[8];
    private int _depth;

    /// <summary>True outside every group: positions are already the page's.</summary>
    public bool IsEmpty => _depth == 0;

    /// <summary>Enters a group whose origin sits at <paramref name="offset"/> in the coordinates around it.</summary>
    public void Push(Point offset)
    {
        if (_depth == _offsets.Length)
        {
            Array.Resize(ref _offsets, _depth * 2);
        }

        _offsets[_depth++] = offset;
    }

    /// <summary>Leaves the innermost group.</summary>
    public void Pop()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("no group to leave");
        }

        _depth--;
    }

    public Point Move(Point point)
    {
        for (var i = _depth - 1; i >= 0; i--)
        {
            point = point.Offset(_offsets[i].X, _offsets[i].Y);
        }

        return point;
    }

    /// <summary>The rectangle with its corner moved; its size stays.</summary>
    public Rect Move(Rect rect)
    {
        var corner = Move(new Point(rect.X, rect.Y));
        return rect with { X = corner.X, Y = corner.Y };
    }
}
