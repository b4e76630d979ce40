namespace Recap.Fonts;

/// <summary>
/// Widths of words for line breaking, shaped once and remembered. Keyed by face and word only:
/// the face is shaped at its design size without hinting, so a width scales exactly with the
/// font size and one entry serves every size. Not thread-safe: use one cache per layout thread.
/// </summary>
public sealed class MeasureCache
{
    private readonly Dictionary<FontFace, Dictionary<string, int>> _widths = [];

    // Layout measures many words in a row in one face: keep that face's table at hand.
    private FontFace? _lastFace;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lastWords;

    /// <summary>How many distinct (face, word) pairs have been shaped.</summary>
    public int Count { get; private set; }

    /// <summary>The width in points of <paramref name="word"/> shaped alone in <paramref name="face"/> at <paramref name="size"/>.</summary>
    public double Measure(FontFace face, double size, ReadOnlySpan<char> word) =>
        MeasureUnits(face, word) * size / face.UnitsPerEm;

    /// <summary>The same width in design units.</summary>
    public int MeasureUnits(FontFace face, ReadOnlySpan<char> word)
    {
        if (!ReferenceEquals(face, _lastFace))
        {
            if (!_widths.TryGetValue(face, out var words))
            {
                words = new Dictionary<string, int>(StringComparer.Ordinal);
                _widths.Add(face, words);
            }

            // Looked up by span so a hit allocates nothing; only a miss makes the string key.
            _lastWords = words.GetAlternateLookup<ReadOnlySpan<char>>();
            _lastFace = face;
        }

        var lookup = _lastWords;
        if (!lookup.TryGetValue(word, out var width))
        {
            width = TextShaper.MeasureUnits(face, word);
            lookup[word] = width;
            Count++;
        }

        return width;
    }
}
