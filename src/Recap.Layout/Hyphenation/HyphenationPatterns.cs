using System.Collections.Concurrent;

namespace Recap.Layout.Hyphenation;

/// <summary>
/// The pattern files of a folder (<c>hyph_en_US.dic</c>, <c>hyph_de.dic</c>…), looked up by
/// BCP 47 language tag and loaded once, on first use.
/// </summary>
/// <remarks>
/// A tag matches, in order: the file for its language and region (<c>en-US</c> →
/// <c>hyph_en_US.dic</c>); the file for its language alone (<c>hyph_en.dic</c>); then the
/// first file of that language in ordinal order (so <c>en</c> and <c>en-GB</c> use
/// <c>hyph_en_US.dic</c> when it is the only English file, as Typst uses one English set).
/// Script subtags (<c>en-Latn-US</c>) are ignored. A language with no file gives null: the
/// caller warns and sets the text without hyphenation.
/// </remarks>
public sealed class HyphenationPatterns
{
    private readonly Dictionary<string, string> _files;
    private readonly ConcurrentDictionary<string, Lazy<Hyphenator>> _loaded = new(StringComparer.Ordinal);

    /// <summary>Indexes the <c>hyph_*.dic</c> files of <paramref name="folder"/> (none if it does not exist).</summary>
    public HyphenationPatterns(string folder)
    {
        _files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "hyph_*.dic").Order(StringComparer.Ordinal))
        {
            var key = Normalize(Path.GetFileNameWithoutExtension(path)["hyph_".Length..]);
            if (key is not null)
            {
                _files.TryAdd(key, path);
            }
        }
    }

    /// <summary>The normalised tags (<c>en-US</c>) that have a pattern file.</summary>
    public IEnumerable<string> Languages => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>The hyphenator for <paramref name="languageTag"/>, or null when the language has no patterns.</summary>
    public Hyphenator? For(string languageTag) =>
        PathFor(languageTag) is { } path ? _loaded.GetOrAdd(path, p => new Lazy<Hyphenator>(() => Hyphenator.Load(p))).Value : null;

    /// <summary>Whether the patterns <see cref="For"/> gives for <paramref name="languageTag"/> are loaded.</summary>
    internal bool IsLoaded(string languageTag) =>
        PathFor(languageTag) is { } path && _loaded.TryGetValue(path, out var loaded) && loaded.IsValueCreated;

    private string? PathFor(string languageTag)
    {
        var key = Normalize(languageTag);
        if (key is null)
        {
            return null;
        }

        var language = key.Split('-')[0];
        return _files.GetValueOrDefault(key)
            ?? _files.GetValueOrDefault(language)
            ?? _files.Where(f => f.Key.StartsWith(language + "-", StringComparison.Ordinal))
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => f.Value)
                .FirstOrDefault();
    }

    /// <summary><c>EN_us</c>, <c>en-Latn-US</c> → <c>en-US</c>; <c>en</c> → <c>en</c>; junk → null.</summary>
    private static string? Normalize(string tag)
    {
        var parts = tag.Split('-', '_');
        var language = parts[0].ToLowerInvariant();
        if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        // The region is the first two-letter or three-digit subtag after the language.
        var region = parts.Skip(1).FirstOrDefault(p =>
            (p.Length == 2 && p.All(char.IsAsciiLetter)) || (p.Length == 3 && p.All(char.IsAsciiDigit)));
        return region is null ? language : language + "-" + region.ToUpperInvariant();
    }
}
