using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsCheck;
using Recap.Spooling;

namespace Recap.Frames.Tests;

/// <summary>
/// Whatever lists of items go into a <see cref="FrameStore"/>, the same come out: every double the same bits
/// (a negative zero, a NaN's payload), every object the same reference (never one merely equal to it), every
/// absent array absent again, whichever store holds them and whichever thread reads them.
/// </summary>
public sealed class FrameStoreProperties
{
    // Pools the items draw from; the twins are equal to a pooled object but are other objects, which a store
    // that merged equal objects would return in their place.
    private static readonly ShapedText[] Shaped = [.. Enumerable.Range(0, 5).Select(i => Text($"w{i}")), Text("w0"), Text("w1")];

    private static readonly StructureElement[] Elements = [.. Enumerable.Range(0, 4).Select(_ => new StructureElement(StructureKind.P))];

    private static readonly Gen<double> Number = Gen.Frequency(
        (3, Gen.Const(0.0)), (1, Gen.Const(-0.0)), (1, Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity), Gen.Const(double.Epsilon))),
        (4, Gen.Double[-1000, 1000]), (2, Gen.Long.Select(BitConverter.Int64BitsToDouble)));

    private static readonly Gen<Point> Points = Gen.Select(Number, Number, (x, y) => new Point(x, y));

    private static readonly Gen<Rect> Rects = Gen.Select(Number, Number, Number, Number, (x, y, w, h) => new Rect(x, y, w, h));

    private static readonly Gen<StructureElement?> Element = Gen.Frequency(
        (1, Gen.Const((StructureElement?)null)), (4, Gen.Int[0, Elements.Length - 1].Select(i => (StructureElement?)Elements[i])));

    private static readonly Gen<GlyphRun> Runs = Gen.Select(Points, Gen.Int[0, Shaped.Length - 1], Element, (at, i, element) => new GlyphRun(at, Shaped[i], element));

    // Kinds the store keeps by reference, a few of them shared between items.
    private static readonly FrameItem[] SharedOthers =
    [
        new DestinationItem(new Point(1, 2), "d"),
        new DestinationItem(new Point(1, 2), "d"),
        new LinkItem(new Rect(0, 0, 5, 5), new UriTarget("https://go.dev/"), Elements[0]),
    ];

    private static readonly Gen<FrameItem> Others = Gen.OneOf(
        Gen.Int[0, SharedOthers.Length - 1].Select(i => SharedOthers[i]),
        Gen.Select(Points, Gen.String, (at, name) => (FrameItem)new DestinationItem(at, name)),
        Gen.Select(Rects, Element, (area, element) => (FrameItem)new LinkItem(area, new DestinationTarget("fn-1"), element)),
        Gen.Select(Points, Points, Element, (from, to, element) => (FrameItem)new ShapeItem(ShapePath.Line(from, to), null, new Stroke(Color.Black, 0.4), element)),
        Gen.Select(Runs, run => (FrameItem)new GlyphRunItem(run.Origin, run.Shaped, run.Element)));

    private static readonly Gen<Rect?> Inks = Gen.Frequency((1, Gen.Const((Rect?)null)), (3, Rects.Select(r => (Rect?)r)));

    [Fact]
    public void Every_list_of_items_reads_back_as_it_was_added() =>
        Gen.Select(Gen.Select(List(3), Inks).Array[1, 6], Gen.Bool).Sample((lists, freeze) =>
        {
            var store = new FrameStore();
            var handles = lists.Select(list => store.Add(list.Item1, list.Item2)).ToArray();
            if (freeze)
            {
                store.Freeze();
            }

            var ids = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < lists.Length; i++)
            {
                Assert.Equal(Dump(lists[i].Item1, ids), Dump(store.Read(handles[i]), ids));
                Assert.Equal(Bits(lists[i].Item2), Bits(store.Ink(handles[i])));
            }
        }, iter: 5_000);

    [Fact]
    public void A_frozen_store_reads_the_same_from_several_threads_at_once()
    {
        var lists = List(3).Array[200].Single();
        var store = new FrameStore();
        var handles = lists.Select(list => store.Add(list, null)).ToArray();
        store.Freeze();
        var ids = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var expected = lists.Select(list => Dump(list, ids)).ToArray();

        var read = new string[4][];
        Parallel.For(0, read.Length, t => read[t] = [.. handles.Select(h => Dump(store.Read(h), new Dictionary<object, int>(ids, ReferenceEqualityComparer.Instance)))]);

        Assert.All(read, dumps => Assert.Equal(expected, dumps));
    }

    [Fact]
    public void Stores_frozen_into_a_spill_read_back_as_added_from_memory_or_its_file_in_any_order()
    {
        var (kept, spilled) = (0, 0);
        // The limit: none kept, a part (a few hundred bytes hold a small store, seldom all), or all: so that samples kept
        // whole and samples spilled both come often, whatever the seed.
        var limit = Gen.Frequency((1, Gen.Const(0L)), (2, Gen.Long[0, 4_000]), (1, Gen.Const(long.MaxValue)));
        Gen.Select(Gen.Select(List(3), Inks).Array[1, 4].Array[2, 5], limit).Sample((stores, inMemory) =>
        {
            using var spill = new SpillFile(inMemory);
            var frozen = stores.Select(lists =>
            {
                var store = new FrameStore();
                var handles = lists.Select(list => store.Add(list.Item1, list.Item2)).ToArray();
                store.Freeze(spill);
                return (Store: store, Handles: handles);
            }).ToArray();
            (kept, spilled) = spill.Spilled == 0 ? (kept + 1, spilled) : (kept, spilled + 1);

            // The stores' items in turn, one of each store at a time, from several threads: each thread's last store read
            // from the file is its next read's cache, so every read here is of another store than the one before.
            var ids = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
            var expected = stores.Select(lists => lists.Select(list => (Dump(list.Item1, ids), Bits(list.Item2))).ToArray()).ToArray();
            var order = Enumerable.Range(0, stores.Max(lists => lists.Length))
                .SelectMany(i => Enumerable.Range(0, stores.Length).Where(s => i < stores[s].Length).Select(s => (Store: s, Index: i))).ToArray();
            Parallel.For(0, 3, _ =>
            {
                foreach (var (store, index) in order)
                {
                    var (items, ink) = expected[store][index];
                    var (read, handle) = (frozen[store].Store, frozen[store].Handles[index]);
                    Assert.Equal(items, Dump(read.Read(handle), new Dictionary<object, int>(ids, ReferenceEqualityComparer.Instance)));
                    Assert.Equal(ink, Bits(read.Ink(handle)));
                }
            });
        }, iter: 500, threads: 1);

        // Not vacuous: some samples' stores all stayed in memory, others' went to the file.
        Assert.True(kept > 0 && spilled > 0, $"{kept} kept, {spilled} spilled");
    }

    [Fact]
    public void Nothing_can_be_added_to_a_frozen_store()
    {
        var store = new FrameStore();
        store.Freeze();

        Assert.Throws<InvalidOperationException>(() => store.Add([], null));
    }

    private static ShapedText Text(string text) => new(new FaceId(0), 10, Color.Black, [new PositionedGlyph(1, 0, 0, 0)], text);

    private static Gen<ImmutableArray<FrameItem>> List(int depth) => Gen.Frequency(
        (1, Gen.Const(default(ImmutableArray<FrameItem>))),
        (12, Item(depth).Array[0, 5].Select(ImmutableArray.Create)));

    private static Gen<FrameItem> Item(int depth)
    {
        var runs = Gen.Frequency((1, Gen.Const(default(ImmutableArray<GlyphRun>))), (12, Runs.Array[0, 9].Select(ImmutableArray.Create)));
        // A line's items hold no further lines in a book, but nothing stops them: the store nests them all alike.
        var line = Gen.Select(Points, runs, depth == 0 ? Gen.Const(ImmutableArray<FrameItem>.Empty) : List(depth - 1), (at, r, items) => (FrameItem)new TextLineItem(at, r, items));
        if (depth == 0)
        {
            return Gen.Frequency((3, line), (2, Others));
        }

        var group = Gen.Select(Points, List(depth - 1), Gen.Frequency((3, Gen.Const((Rect?)null)), (1, Rects.Select(r => (Rect?)r))), (at, items, clip) => (FrameItem)new GroupItem(at, items, clip));
        return Gen.Frequency((4, line), (2, Others), (2, group));
    }

    /// <summary>
    /// The items one a line: every double as its bits, every object as the number <paramref name="ids"/> gives it
    /// (shared between the dumps compared, so only the same object gets the same number), absent arrays as such.
    /// </summary>
    private static string Dump(ImmutableArray<FrameItem> items, Dictionary<object, int> ids)
    {
        var text = new StringBuilder();
        Dump(items, "", text, ids);
        return text.ToString();
    }

    private static void Dump(ImmutableArray<FrameItem> items, string indent, StringBuilder text, Dictionary<object, int> ids)
    {
        if (items.IsDefault)
        {
            text.Append(indent).Append("default\n");
            return;
        }

        text.Append(indent).Append(CultureInfo.InvariantCulture, $"{items.Length} items\n");
        foreach (var item in items)
        {
            switch (item)
            {
                case TextLineItem line:
                    text.Append(indent).Append(CultureInfo.InvariantCulture, $"line {Bits(line.Origin)} runs {(line.Runs.IsDefault ? "default" : line.Runs.Length)}\n");
                    foreach (var run in line.Runs.IsDefault ? [] : line.Runs)
                    {
                        text.Append(indent).Append(CultureInfo.InvariantCulture, $" run {Bits(run.Origin)} #{Id(run.Shaped, ids)} #{Id(run.Element, ids)}\n");
                    }

                    Dump(line.Items, indent + "  ", text, ids);
                    break;
                case GroupItem group:
                    text.Append(indent).Append(CultureInfo.InvariantCulture, $"group {Bits(group.Offset)} clip {Bits(group.Clip)}\n");
                    Dump(group.Items, indent + "  ", text, ids);
                    break;
                default:
                    text.Append(indent).Append(CultureInfo.InvariantCulture, $"object #{Id(item, ids)}\n");
                    break;
            }
        }
    }

    private static string Id(object? value, Dictionary<object, int> ids)
    {
        if (value is null)
        {
            return "null";
        }

        if (!ids.TryGetValue(value, out var id))
        {
            id = ids[value] = ids.Count + 1;
        }

        return id.ToString(CultureInfo.InvariantCulture);
    }

    private static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    private static string Bits(Point point) => $"{Bits(point.X)},{Bits(point.Y)}";

    private static string Bits(Rect? rect) => rect is { } r ? $"{Bits(r.X)},{Bits(r.Y)},{Bits(r.Width)},{Bits(r.Height)}" : "none";
}
