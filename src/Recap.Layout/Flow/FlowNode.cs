namespace Recap.Layout.Flow;

/// <summary>
/// An entry of the vertical list that the page builder cuts into pages (TeX's vertical list):
/// <see cref="FlowBox"/>, <see cref="FlowGlue"/>, <see cref="FlowPenalty"/>, <see cref="FlowPageBreak"/>, <see cref="FlowMark"/>.
/// </summary>
public abstract record FlowNode
{
    private protected FlowNode()
    {
    }
}
