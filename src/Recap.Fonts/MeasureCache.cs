namespace Recap.Fonts;

/// <summary>
/// Widths of words for line breaking, shaped once and remembered. Keyed by face and word only:
/// the face is shaped at its design size without hinting, so a width scales exactly with the
/// font size and one entry serves every size. Not thread-safe: use one cache per layout thread.
/// </summary>
public sealed class MeasureCache
{
    private readonly Dictionary<FontFace, Dictionary<string, int>> _widths = [];

    /// <summary>How many distinct (face, word) pairs have been shaped.</summary>
    public int Count { get; private set; }

    /// <summary>The width in points of <paramref name="word"/> shaped alone in <paramref name="face"/> at <paramref name="size"/>.</summary>
    public double Measure(FontFace face, double size, ReadOnlySpan<char> word) =>
        MeasureUnits(face, word) * size / face.UnitsPerEm;

    /// <summary>The same width in design units.</summary>
    public int MeasureUnits(FontFace face, ReadOnlySpan<char> word)
    {
        if (!_widths.TryGetValue(face, out var words))
        {
            words = new Dictionary<string, int>(StringComparer.Ordinal);
            _widths.Add(face, words);
        }

        // Look up by span so a hit allocates nothing; only a miss makes the string key.
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var width))
        {
            width = TextShaper.MeasureUnits(face, word);
            lookup[word] = width;
            Count++;
        }

        return width;
    }
}
