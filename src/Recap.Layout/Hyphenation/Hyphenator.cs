using System.Collections.Concurrent;

namespace Recap.Layout.Hyphenation;

/// <summary>
/// Liang's hyphenation (F. M. Liang, "Word Hy-phen-a-tion by Com-put-er", 1983): every
/// pattern that matches inside the word (with '.' marking its edges) votes a level between
/// two letters; an odd maximum allows a hyphen there.
/// </summary>
/// <remarks>
/// Lower-case and capitalised words are hyphenated alike (TeX's <c>\uchyph=1</c>:
/// "Unfortu-nately"); words with a capital after the first letter get no points (acronyms like
/// <c>HTTP</c>, identifiers like <c>iPhone</c>), nor do words with digits or any character other
/// than letters and apostrophes (URLs, code, words with explicit hyphens: split those at the
/// hyphen first). Results are cached per word; the
/// hyphenator is immutable apart from that concurrent cache, so any number of threads may
/// call <see cref="Points"/> at once.
/// </remarks>
public sealed class Hyphenator
{
    private readonly PatternTable _patterns;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);

    // Looked up by span, so a word cut from a longer text makes a string only the first time it is seen.
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private Hyphenator(PatternTable patterns, int leftMin, int rightMin, int skipped)
    {
        _patterns = patterns;
        _bySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        LeftMin = leftMin;
        RightMin = rightMin;
        PatternCount = patterns.Count;
        SkippedPatternCount = skipped;
    }

    /// <summary>Fewest letters before a hyphen.</summary>
    public int LeftMin { get; }

    /// <summary>Fewest letters after a hyphen.</summary>
    public int RightMin { get; }

    /// <summary>How many Liang patterns are in use.</summary>
    public int PatternCount { get; }

    /// <summary>How many non-standard (respelling) patterns the file had and were skipped.</summary>
    public int SkippedPatternCount { get; }

    /// <summary>
    /// Loads a LibreOffice/Hunspell pattern file. The minima are, in order of precedence,
    /// the arguments, the file's <c>LEFTHYPHENMIN</c>/<c>RIGHTHYPHENMIN</c>, then 2 and 3.
    /// </summary>
    public static Hyphenator Load(string dicPath, int? leftMin = null, int? rightMin = null)
    {
        var file = PatternFile.Read(dicPath);
        var left = leftMin ?? file.LeftMin ?? 2;
        var right = rightMin ?? file.RightMin ?? 3;
        ArgumentOutOfRangeException.ThrowIfLessThan(left, 1, nameof(leftMin));
        ArgumentOutOfRangeException.ThrowIfLessThan(right, 1, nameof(rightMin));
        return new Hyphenator(file.Patterns, left, right, file.SkippedNonStandard);
    }

    /// <summary>
    /// The positions where <paramref name="word"/> may take a hyphen, ascending: a point
    /// <c>i</c> means "<c>word[..i]</c>-" ends a line and <c>word[i..]</c> starts the next.
    /// </summary>
    public IReadOnlyList<int> Points(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Points(word.AsSpan());
    }

    /// <inheritdoc cref="Points(string)"/>
    public IReadOnlyList<int> Points(ReadOnlySpan<char> word)
    {
        if (word.Length < LeftMin + RightMin || !IsHyphenatable(word))
        {
            return [];
        }

        if (!_bySpan.TryGetValue(word, out var points))
        {
            // Two threads may compute one word at once: both get the same points, and the first stored is kept.
            points = Compute(word);
            _bySpan.TryAdd(word, points);
        }

        return points;
    }

    private static bool IsHyphenatable(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if ((i > 0 && char.IsUpper(c)) || (!char.IsLetter(c) && c is not '\'' and not '\u2019'))
            {
                return false;
            }
        }

        return true;
    }

    private int[] Compute(ReadOnlySpan<char> word)
    {
        // ".word." in lowercase, with the typographic apostrophe read as the patterns spell it.
        Span<char> dotted = word.Length + 2 <= 256 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        dotted[0] = '.';
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            dotted[i + 1] = c == '\u2019' ? '\'' : c;
        }

        dotted[^1] = '.';

        // levels[k] is the vote between dotted[k - 1] and dotted[k].
        Span<byte> levels = dotted.Length + 1 <= 256 ? stackalloc byte[dotted.Length + 1] : new byte[dotted.Length + 1];
        levels.Clear();
        for (var start = 0; start < dotted.Length; start++)
        {
            var maxLength = Math.Min(_patterns.Longest, dotted.Length - start);
            for (var length = 1; length <= maxLength; length++)
            {
                var pattern = _patterns.Levels(dotted.Slice(start, length));
                for (var k = 0; k < pattern.Length; k++)
                {
                    if (pattern[k] > levels[start + k])
                    {
                        levels[start + k] = pattern[k];
                    }
                }
            }
        }

        var points = new List<int>();
        for (var i = LeftMin; i <= word.Length - RightMin; i++)
        {
            // A break before word[i] sits before dotted[i + 1].
            if ((levels[i + 1] & 1) == 1)
            {
                points.Add(i);
            }
        }

        return points.ToArray();
    }
}
