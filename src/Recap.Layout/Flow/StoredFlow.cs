using Recap.Fonts;
using Recap.Frames;
using Recap.Spooling;

namespace Recap.Layout.Flow;

/// <summary>
/// A write-up's vertical list with its boxes' items kept in one <see cref="FrameStore"/> until its pages are
/// composed: a book's set lines held as objects from layout to composition were most of what layout left alive.
/// </summary>
public static class StoredFlow
{
    /// <summary>The same list, each box (its notes and repeated header too) replaced by its stored copy.</summary>
    /// <param name="spill">Where the store's bytes go once the stores kept in memory fill its limit.</param>
    public static FlowNode[] Of(IReadOnlyList<FlowNode> nodes, FontBook fonts, SpillFile? spill = null)
    {
        var store = new FrameStore();
        var headers = new Dictionary<FlowBox, FlowBox>(ReferenceEqualityComparer.Instance);
        var stored = new FlowNode[nodes.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            stored[i] = nodes[i] is FlowBox box ? box.StoredIn(store, fonts, headers) : nodes[i];
        }

        store.Freeze(spill);
        return stored;
    }
}
