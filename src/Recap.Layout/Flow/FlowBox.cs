using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Pages;

namespace Recap.Layout.Flow;

/// <summary>
/// Something that cannot be split: a line of text, a rule, a figure, a table row. Its items are held as an array,
/// or, once <see cref="StoredIn"/> a write-up's <see cref="FrameStore"/>, kept there as bytes and read back each time
/// <see cref="Items"/> is read (a page reads its boxes once, when it is composed).
/// </summary>
/// <param name="Height">How far the box advances down the page (points).</param>
/// <param name="Items">The box's content, relative to its top-left corner at the text block's left edge.</param>
/// <param name="Footnotes">Notes referenced in this box, already set: they go to the foot of the box's page.</param>
/// <param name="Anchor">What begins in this box, for the page map; null when nothing does. A value, not a list:
/// nearly every line of the book has one, and an array each was a sixth of what the vertical lists held.</param>
/// <param name="RepeatHeader">For a table row: the header row to set again at the top of a new page.</param>
public sealed record FlowBox(
    double Height,
    ImmutableArray<FrameItem> Items,
    ImmutableArray<FlowBox> Footnotes = default,
    Anchor? Anchor = null,
    FlowBox? RepeatHeader = null) : FlowNode
{
    // The items' array, or the store that keeps them at _handle: one field for either, as every line of the book is a box.
    private readonly object? _items = ImmutableCollectionsMarshal.AsArray(Items);
    private readonly int _handle;

    private FlowBox(FlowBox box, FrameStore store, int handle, ImmutableArray<FlowBox> footnotes, FlowBox? repeatHeader)
        : this(box.Height, default, footnotes, box.Anchor, repeatHeader)
    {
        _items = store;
        _handle = handle;
    }

    /// <summary>The box's content, relative to its top-left corner at the text block's left edge; read from the store each time when stored.</summary>
    public ImmutableArray<FrameItem> Items
    {
        get => _items is FrameStore store ? store.Read(_handle) : ImmutableCollectionsMarshal.AsImmutableArray((FrameItem[]?)_items);
        init => (_items, _handle) = (ImmutableCollectionsMarshal.AsArray(value), 0);
    }

    /// <summary>Whether the items are kept in a <see cref="FrameStore"/> (see <see cref="StoredIn"/>).</summary>
    public bool IsStored => _items is FrameStore;

    /// <summary>
    /// Where the items put ink, relative to the box's top-left corner (<see cref="InkBounds.Of(ImmutableArray{FrameItem}, FontBook)"/>);
    /// null when nothing inks. A stored box gives what was measured when it was stored, without reading its items;
    /// any other box is measured now. Moved onto a page, it may differ from what the page's own check measures in
    /// the last bits (the same sums, added in another order).
    /// </summary>
    public Rect? Ink(FontBook fonts) => _items is FrameStore store ? store.Ink(_handle) : InkBounds.Of(Items, fonts);

    /// <summary>
    /// The same box with its items, and its notes' and repeated header's, kept in <paramref name="store"/>, their
    /// ink measured now. <paramref name="headers"/> maps the headers already stored (by reference) to their stored
    /// copies, so a header that every row of a table repeats stays one box.
    /// </summary>
    public FlowBox StoredIn(FrameStore store, FontBook fonts, Dictionary<FlowBox, FlowBox> headers)
    {
        var items = Items;
        var footnotes = Footnotes.IsDefaultOrEmpty ? Footnotes : StoredIn(Footnotes, store, fonts, headers);
        FlowBox? header = null;
        if (RepeatHeader is { } repeat && !headers.TryGetValue(repeat, out header))
        {
            header = repeat.StoredIn(store, fonts, headers);
            headers.Add(repeat, header);
        }

        return new FlowBox(this, store, store.Add(items, InkBounds.Of(items, fonts)), footnotes, header);
    }

    // A loop, not a lambda over the parameters: the closure was made on every call, for every line of the book (200 talks: 3 MB).
    private static ImmutableArray<FlowBox> StoredIn(ImmutableArray<FlowBox> boxes, FrameStore store, FontBook fonts, Dictionary<FlowBox, FlowBox> headers)
    {
        var stored = new FlowBox[boxes.Length];
        for (var i = 0; i < stored.Length; i++)
        {
            stored[i] = boxes[i].StoredIn(store, fonts, headers);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(stored);
    }
}
