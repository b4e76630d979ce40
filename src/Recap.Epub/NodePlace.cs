namespace Recap.Epub;

/// <summary>Where a model node sits in reading order: its document's index in <see cref="BookPlan.PagedDocuments"/> and its rank within that document.</summary>
internal readonly record struct NodePlace(int File, int Order) : IComparable<NodePlace>
{
    public int CompareTo(NodePlace other) => File != other.File ? File.CompareTo(other.File) : Order.CompareTo(other.Order);
}
