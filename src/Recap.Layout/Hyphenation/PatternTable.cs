namespace Recap.Layout.Hyphenation;

/// <summary>
/// Liang patterns packed into a handful of arrays: every pattern's letters one after another, every
/// pattern's levels likewise, and an open-addressed index over them. A pattern file holds thousands of
/// patterns (English 11,000, German 78,000): as a string and an array each they were tens of thousands of
/// objects made at every build, before the first word is set, and carried by every garbage collection after.
/// </summary>
internal sealed class PatternTable
{
    private readonly char[] _letters;
    private readonly byte[] _levels;

    // Pattern i's letters are _letters[_starts[i].._starts[i + 1]]; its levels, one more, begin at _starts[i] + i.
    private readonly int[] _starts;

    // Pattern index + 1 at the slot its letters hash to (or the next free one); 0 is an empty slot.
    private readonly int[] _slots;

    private PatternTable(char[] letters, byte[] levels, int[] starts)
    {
        _letters = letters;
        _levels = levels;
        _starts = starts;
        var patterns = starts.Length - 1;

        // At most half full, so a search ends at an empty slot after a probe or two.
        _slots = new int[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)patterns * 2))];
        for (var pattern = 0; pattern < patterns; pattern++)
        {
            var spelled = Letters(pattern);
            Longest = Math.Max(Longest, spelled.Length);
            var slot = Slot(spelled);
            Count += _slots[slot] == 0 ? 1 : 0;
            _slots[slot] = pattern + 1;
        }
    }

    /// <summary>How many distinct patterns there are.</summary>
    public int Count { get; }

    /// <summary>The letters of the longest pattern.</summary>
    public int Longest { get; }

    /// <summary>The levels of the pattern spelled <paramref name="letters"/> (one more than its letters), or empty when there is none.</summary>
    public ReadOnlySpan<byte> Levels(ReadOnlySpan<char> letters)
    {
        var pattern = _slots[Slot(letters)] - 1;
        return pattern < 0 ? [] : _levels.AsSpan(_starts[pattern] + pattern, letters.Length + 1);
    }

    /// <summary>The slot of the pattern spelled <paramref name="letters"/>, or the empty slot where it would go.</summary>
    private int Slot(ReadOnlySpan<char> letters)
    {
        var mask = _slots.Length - 1;
        var slot = string.GetHashCode(letters) & mask;
        while (_slots[slot] != 0 && !Letters(_slots[slot] - 1).SequenceEqual(letters))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private ReadOnlySpan<char> Letters(int pattern) => _letters.AsSpan(_starts[pattern], _starts[pattern + 1] - _starts[pattern]);

    /// <summary>Collects patterns in file order; a pattern given again replaces the earlier one, as a later line of a file does.</summary>
    /// <param name="capacity">Room for this many letters and levels: a file's length bounds both, so those lists never grow while it is read.</param>
    public sealed class Builder(int capacity)
    {
        private readonly List<char> _letters = new(capacity);
        private readonly List<byte> _levels = new(capacity);
        private readonly List<int> _starts = new(capacity / 4) { 0 };

        /// <summary>Adds <c>.ad4der</c> as the letters <c>.adder</c> (lower-cased) and the levels between them.</summary>
        public void Add(ReadOnlySpan<char> pattern)
        {
            _levels.Add(0);
            foreach (var c in pattern)
            {
                if (c is >= '0' and <= '9')
                {
                    _levels[^1] = (byte)(c - '0');
                }
                else
                {
                    _letters.Add(char.ToLowerInvariant(c));
                    _levels.Add(0);
                }
            }

            _starts.Add(_letters.Count);
        }

        /// <summary>Forgets every pattern added so far (a file's <c>NEXTLEVEL</c>).</summary>
        public void Clear()
        {
            _letters.Clear();
            _levels.Clear();
            _starts.RemoveRange(1, _starts.Count - 1);
        }

        // A pattern given again takes the earlier one's slot: the later line of a file wins.
        public PatternTable Build() => new([.. _letters], [.. _levels], [.. _starts]);
    }
}
