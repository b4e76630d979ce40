namespace Recap.Fonts;

/// <summary>
/// Faces installed on the machine, found through fontconfig, for characters a theme's faces lack:
/// the best-ranked face that has the character and TrueType outlines (which the PDF embeds). Each
/// face is loaded once and kept; <see cref="Used"/> lists those handed out, for the build summary.
/// The same machine with the same fonts gives the same answers. Thread-safe.
/// </summary>
/// <remarks>
/// fontconfig is loaded and configured at the first search, not before: reading its configuration
/// and caches costs tens of milliseconds, and most books never ask for a character their theme lacks.
/// </remarks>
public sealed class SystemFonts : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, FontFace?> _byCharacter = [];
    private readonly Dictionary<(string File, int Index), FontFace?> _loaded = [];
    private readonly List<FontFace> _used = [];

    /// <summary>fontconfig's configuration once loaded: zero when fontconfig is not installed or finds no configuration.</summary>
    private IntPtr? _config;

    private SystemFonts()
    {
    }

    /// <summary>The machine's fonts; fontconfig is loaded when first needed, and without it nothing is found.</summary>
    public static SystemFonts Open() => new();

    /// <summary>A BCP 47 tag for fontconfig to prefer faces of (Japanese rather than Chinese forms of Han), or null.</summary>
    public string? Language { get; set; }

    /// <summary>The system faces handed out so far, in the order first used.</summary>
    public IReadOnlyList<FontFace> Used
    {
        get
        {
            lock (_lock)
            {
                return [.. _used];
            }
        }
    }

    /// <summary>An installed face that has <paramref name="codePoint"/>, or null.</summary>
    public FontFace? Find(int codePoint)
    {
        lock (_lock)
        {
            if (!_byCharacter.TryGetValue(codePoint, out var face))
            {
                face = Search(codePoint);
                _byCharacter[codePoint] = face;
                if (face is not null && !_used.Contains(face))
                {
                    _used.Add(face);
                }
            }

            return face;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var face in _loaded.Values.OfType<FontFace>())
            {
                face.Dispose();
            }

            _loaded.Clear();
            if (_config is { } config && config != IntPtr.Zero)
            {
                Fontconfig.ConfigDestroy(config);
            }

            _config = IntPtr.Zero;
        }
    }

    private static IntPtr LoadConfig()
    {
        try
        {
            return Fontconfig.InitLoadConfigAndFonts();
        }
        catch (DllNotFoundException)
        {
            return IntPtr.Zero;
        }
    }

    private FontFace? Search(int codePoint)
    {
        _config ??= LoadConfig();
        if (_config == IntPtr.Zero)
        {
            return null;
        }

        foreach (var candidate in Fontconfig.Candidates(_config.Value, codePoint, Language))
        {
            if (!_loaded.TryGetValue(candidate, out var face))
            {
                face = TryLoad(candidate.File, candidate.Index);
                _loaded[candidate] = face;
            }

            if (face is not null && face.HasGlyph(codePoint))
            {
                return face;
            }
        }

        return null;
    }

    // A face the PDF cannot embed (CFF outlines, a bitmap-only emoji face) is passed over.
    private static FontFace? TryLoad(string file, int index)
    {
        try
        {
            var face = FontFace.Load(file, index);
            if (face.HasTrueTypeOutlines)
            {
                return face;
            }

            face.Dispose();
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
        }

        return null;
    }
}
