using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Recap.Spooling;

namespace Recap.Frames;

/// <summary>
/// Lists of frame items kept as bytes until they are read: a set line as its origin and, for each run, its
/// position and the indexes of its shaped text and structure element in a table of the objects the items name
/// (each kept once, by reference); a group as its offset, clip and items; any other item as a reference in that
/// table. A book's lines held as objects until their pages are composed were most of the memory layout left
/// alive (a run 32 bytes, a line three objects); as bytes a run is about ten. Every double is kept as its bits,
/// so the items read back draw exactly what the originals would.
/// Written by one thread (<see cref="Add"/>, then <see cref="Freeze"/>); once frozen, safe to read from several.
/// </summary>
public sealed class FrameStore
{
    // An item's first byte: its kind in the low bits, flags above them.
    private const byte ObjectKind = 0;
    private const byte LineKind = 1;
    private const byte GroupKind = 2;
    private const int KindBits = 2;
    private const int KindMask = (1 << KindBits) - 1;

    // A point's flags, for a line's origin, a group's offset (above the kind) and a run's origin (below its shaped
    // text's index): for each coordinate (x low, y high) whether it is a zero, and which, or its bits follow. Layout
    // makes negative zeros (a shift of nothing, negated): most runs' y is one.
    private const int PositiveZero = 1;
    private const int NegativeZero = 2;
    private const int CoordinateBits = 2;
    private const int PointBits = 2 * CoordinateBits;

    // A group's clip follows its offset; a run's element is the run before it's (most runs of a line share one).
    private const int HasClip = 1 << PointBits;
    private const int SameElement = 1 << PointBits;
    private const int RunFlagBits = PointBits + 1;

    // What adding grows (the table, its index, the bytes) is the last frozen store's on this thread, emptied: each
    // write-up's store grew its own from nothing and left them behind outgrown (200 talks: a sixth of what layout
    // allocated). Frozen, a store keeps its table and bytes at their size and hands the grown ones on.
    [ThreadStatic]
    private static (List<object> Objects, Dictionary<object, int> Indexes, byte[] Bytes)? t_spare;

    private List<object> _objects;
    private Dictionary<object, int>? _indexes;
    private byte[]? _bytes;
    private int _length;

    // Where the bytes are once frozen into a spill's file (then _bytes is null), and the last store each thread read from
    // one, in a buffer the thread reuses: a page's boxes come from one or two write-ups, read in order, so each store's
    // bytes are loaded about once; a new array each would live through a few pages and die old, a book's worth of them.
    private SpillFile? _spill;
    private long _offset;
    [ThreadStatic]
    private static FrameStore? t_loaded;
    [ThreadStatic]
    private static byte[]? t_buffer;

    public FrameStore()
    {
        (_objects, _indexes, _bytes) = t_spare ?? ([], new(ReferenceEqualityComparer.Instance), new byte[1024]);
        t_spare = null;
    }

    /// <summary>
    /// Appends the items and where they put ink (measured by whoever knows their faces: kept so that a reader can
    /// tell where the items ink without reading them back). Returns the handle that reads them.
    /// </summary>
    public int Add(ImmutableArray<FrameItem> items, Rect? ink)
    {
        if (_indexes is null)
        {
            throw new InvalidOperationException("the store is frozen: nothing more can be added");
        }

        var handle = _length;
        WriteByte(ink is null ? (byte)0 : (byte)1);
        if (ink is { } area)
        {
            WriteRect(area);
        }

        StructureElement? element = null;
        WriteItems(items, ref element);
        return handle;
    }

    /// <summary>
    /// Keeps the table and bytes at their size and hands what adding grew (their room, the index) to the next store made
    /// on this thread: the store is read-only after.
    /// Given a <paramref name="spill"/> whose memory is full, the bytes go to its file and are read back from there.
    /// </summary>
    public void Freeze(SpillFile? spill = null)
    {
        if (_indexes is null)
        {
            return;
        }

        var grown = (Objects: _objects, Indexes: _indexes, Bytes: _bytes!);
        (_objects, _indexes) = ([.. _objects], null);
        if (spill is not null && !spill.Keeps(_length))
        {
            _offset = spill.Write(Bytes());
            (_spill, _bytes) = (spill, null);
        }
        else
        {
            _bytes = Bytes().ToArray();
        }

        grown.Objects.Clear();
        grown.Indexes.Clear();
        t_spare = grown;
    }

    /// <summary>The items added at <paramref name="handle"/>, equal to them in every position and referring to the same objects.</summary>
    public ImmutableArray<FrameItem> Read(int handle)
    {
        var reader = new Reader(this, handle);
        if (reader.Byte() != 0)
        {
            reader.Skip(4 * sizeof(double));
        }

        return reader.Items();
    }

    /// <summary>Where the items added at <paramref name="handle"/> put ink, as given to <see cref="Add"/>.</summary>
    public Rect? Ink(int handle)
    {
        var reader = new Reader(this, handle);
        return reader.Byte() == 0 ? null : reader.Rect();
    }

    private void WriteItems(ImmutableArray<FrameItem> items, ref StructureElement? element)
    {
        // Counts are one more than the length: 0 is a default (absent) array, read back as one.
        if (items.IsDefault)
        {
            WriteCount(0);
            return;
        }

        WriteCount((uint)items.Length + 1);
        foreach (var item in items)
        {
            switch (item)
            {
                case TextLineItem line:
                    WriteLine(line, ref element);
                    break;
                case GroupItem group:
                    WriteGroup(group, ref element);
                    break;
                default:
                    WriteByte(ObjectKind);
                    WriteCount(Index(item));
                    break;
            }
        }
    }

    private void WriteLine(TextLineItem line, ref StructureElement? element)
    {
        WriteByte((byte)(LineKind | (Flags(line.Origin) << KindBits)));
        WritePoint(line.Origin);
        if (line.Runs.IsDefault)
        {
            WriteCount(0);
        }
        else
        {
            WriteCount((uint)line.Runs.Length + 1);
            foreach (var run in line.Runs)
            {
                var same = ReferenceEquals(run.Element, element);
                WriteCount((Index(run.Shaped) << RunFlagBits) | Flags(run.Origin) | (same ? SameElement : 0u));
                WritePoint(run.Origin);
                if (!same)
                {
                    WriteCount(run.Element is null ? 0 : Index(run.Element) + 1);
                    element = run.Element;
                }
            }
        }

        WriteItems(line.Items, ref element);
    }

    private void WriteGroup(GroupItem group, ref StructureElement? element)
    {
        var clip = group.Clip;
        WriteByte((byte)(GroupKind | ((Flags(group.Offset) | (clip is null ? 0u : HasClip)) << KindBits)));
        WritePoint(group.Offset);
        if (clip is { } area)
        {
            WriteRect(area);
        }

        WriteItems(group.Items, ref element);
    }

    /// <summary>The object's place in the table, added when it is new.</summary>
    private uint Index(object value)
    {
        if (!_indexes!.TryGetValue(value, out var index))
        {
            index = _objects.Count;
            _objects.Add(value);
            _indexes.Add(value, index);
        }

        return (uint)index;
    }

    private static uint Flags(Point point) => Flags(point.X) | (Flags(point.Y) << CoordinateBits);

    private static uint Flags(double coordinate) => BitConverter.DoubleToInt64Bits(coordinate) switch
    {
        0 => PositiveZero,
        long.MinValue => NegativeZero,
        _ => 0,
    };

    private void WritePoint(Point point)
    {
        if (Flags(point.X) == 0)
        {
            WriteDouble(point.X);
        }

        if (Flags(point.Y) == 0)
        {
            WriteDouble(point.Y);
        }
    }

    private void WriteRect(Rect rect)
    {
        WriteDouble(rect.X);
        WriteDouble(rect.Y);
        WriteDouble(rect.Width);
        WriteDouble(rect.Height);
    }

    private void WriteDouble(double value) => BinaryPrimitives.WriteInt64LittleEndian(Room(sizeof(double)), BitConverter.DoubleToInt64Bits(value));

    // Seven bits a byte, low first; the top bit says more follow.
    private void WriteCount(uint value)
    {
        while (value >= 0x80)
        {
            WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        WriteByte((byte)value);
    }

    private void WriteByte(byte value) => Room(1)[0] = value;

    private Span<byte> Room(int count)
    {
        if (_length + count > _bytes!.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }

        var room = _bytes.AsSpan(_length, count);
        _length += count;
        return room;
    }

    /// <summary>The store's bytes: in memory, or loaded from the spill (kept for the next read on this thread).</summary>
    private ReadOnlySpan<byte> Bytes()
    {
        if (_bytes is { } bytes)
        {
            return bytes.AsSpan(0, _length);
        }

        if (t_loaded != this)
        {
            if (t_buffer is null || t_buffer.Length < _length)
            {
                t_buffer = new byte[Math.Max(_length, (t_buffer?.Length ?? 0) * 2)];
            }

            t_loaded = null;
            _spill!.Read(_offset, t_buffer.AsSpan(0, _length));
            t_loaded = this;
        }

        return t_buffer!.AsSpan(0, _length);
    }

    /// <summary>Reads items back in the order they were written, keeping the element of the last run read.</summary>
    private ref struct Reader(FrameStore store, int position)
    {
        private readonly ReadOnlySpan<byte> _bytes = store.Bytes();
        private int _position = position;
        private StructureElement? _element;

        public byte Byte() => _bytes[_position++];

        public void Skip(int count) => _position += count;

        public Rect Rect() => new(Double(), Double(), Double(), Double());

        public ImmutableArray<FrameItem> Items()
        {
            // An empty array is the shared one, as the items' was: most lines hold no items.
            var count = Count();
            if (count <= 1)
            {
                return count == 0 ? default : [];
            }

            var items = new FrameItem[count - 1];
            for (var i = 0; i < items.Length; i++)
            {
                var first = Byte();
                var flags = first >> KindBits;
                items[i] = (first & KindMask) switch
                {
                    LineKind => Line(flags),
                    GroupKind => Group(flags),
                    _ => (FrameItem)store._objects[(int)Count()],
                };
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(items);
        }

        // Arguments are evaluated left to right: the origin, the runs and the items, in the order they were written.
        private TextLineItem Line(int flags) => new(Point(flags), Runs(), Items());

        private ImmutableArray<GlyphRun> Runs()
        {
            var count = Count();
            if (count <= 1)
            {
                return count == 0 ? default : [];
            }

            var runs = new GlyphRun[count - 1];
            for (var i = 0; i < runs.Length; i++)
            {
                var head = Count();
                var origin = Point((int)head);
                if ((head & SameElement) == 0)
                {
                    var element = Count();
                    _element = element == 0 ? null : (StructureElement)store._objects[(int)element - 1];
                }

                runs[i] = new GlyphRun(origin, (ShapedText)store._objects[(int)(head >> RunFlagBits)], _element);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(runs);
        }

        private GroupItem Group(int flags)
        {
            var offset = Point(flags);
            Rect? clip = (flags & HasClip) == 0 ? null : Rect();
            return new GroupItem(offset, Items(), clip);
        }

        // Arguments are evaluated left to right: x, then y.
        private Point Point(int flags) => new(Coordinate(flags), Coordinate(flags >> CoordinateBits));

        private double Coordinate(int flags) => (flags & ((1 << CoordinateBits) - 1)) switch
        {
            PositiveZero => 0.0,
            NegativeZero => -0.0,
            _ => Double(),
        };

        private double Double()
        {
            var value = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(_bytes[_position..]));
            _position += sizeof(double);
            return value;
        }

        private uint Count()
        {
            uint value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var next = Byte();
                value |= (uint)(next & 0x7F) << shift;
                if (next < 0x80)
                {
                    return value;
                }
            }
        }
    }
}
