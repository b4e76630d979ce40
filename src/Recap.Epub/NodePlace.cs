namespace Recap.Epub;

/// <summary>Where a model node sits in reading order: its write-up's index and its rank within that write-up's document.</summary>
internal readonly record struct NodePlace(int File, int Order) : IComparable<NodePlace>
{
    public int CompareTo(NodePlace other) => File != other.File ? File.CompareTo(other.File) : Order.CompareTo(other.Order);
}
