using Recap.Fonts;
using Recap.Theming;

namespace Recap.Layout.Styles;

/// <summary>The theme's faces, loaded once; each style's chain ends with the theme's fallback faces.</summary>
public sealed class ThemeFonts : IDisposable
{
    private readonly List<FontFace> _owned = [];

    /// <exception cref="ThemeException">A face file is not a font or cannot be read.</exception>
    /// <param name="systemFonts">Whether the build allows the machine's fonts (<c>--no-system-fonts</c> says no); the theme must allow them too.</param>
    public ThemeFonts(ThemeFontFiles section, bool systemFonts = true)
    {
        string[] styles = [section.Regular, section.Italic, section.Bold, section.BoldItalic, section.Medium, section.Mono, section.MonoBold, section.MonoItalic];
        var faces = LoadAll([.. section.Fallback.Concat(styles).Select(section.PathOf)]);
        foreach (var face in faces)
        {
            _owned.Add(face);
            Book.Add(face);
        }

        var (fallback, own) = (faces[..section.Fallback.Count], faces[section.Fallback.Count..]);
        System = section.SystemFonts && systemFonts ? SystemFonts.Open() : null;
        FontChain Chain(FontFace face) => new([face, .. fallback], System);
        Regular = Chain(own[0]);
        Italic = Chain(own[1]);
        Bold = Chain(own[2]);
        BoldItalic = Chain(own[3]);
        Medium = Chain(own[4]);
        Mono = Chain(own[5]);
        MonoBold = Chain(own[6]);
        MonoItalic = Chain(own[7]);
    }

    /// <summary>The machine's fonts, after the theme's fallback faces; null when turned off or not available.</summary>
    public SystemFonts? System { get; }

    public FontChain Regular { get; }

    public FontChain Italic { get; }

    public FontChain Bold { get; }

    public FontChain BoldItalic { get; }

    public FontChain Medium { get; }

    public FontChain Mono { get; }

    public FontChain MonoBold { get; }

    public FontChain MonoItalic { get; }

    /// <summary>Every face the theme loaded: its styles' and its fallback faces, in the order they loaded.</summary>
    public IReadOnlyList<FontFace> Faces => _owned.AsReadOnly();

    /// <summary>The faces the frames name by id: the theme's, in the order they load, and any other face text is set in.</summary>
    public FontBook Book { get; } = new();

    /// <summary>The chain for a body run with the given emphasis.</summary>
    public FontChain For(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };

    public void Dispose()
    {
        System?.Dispose();
        foreach (var face in _owned)
        {
            face.Dispose();
        }
    }

    /// <summary>
    /// The faces side by side (reading a file and its tables is most of a theme's loading, and the build waits for
    /// it), in the order of <paramref name="paths"/>, which is the order they join the book in.
    /// </summary>
    /// <exception cref="ThemeException">A file is not a font or cannot be read: the first such in that order, by its path.</exception>
    private static FontFace[] LoadAll(string[] paths)
    {
        var faces = new FontFace?[paths.Length];
        var failures = new string?[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            try
            {
                faces[i] = FontFace.Load(paths[i]);
            }
            catch (InvalidDataException)
            {
                failures[i] = $"{paths[i]}: error: not a font the theme can use (a TrueType or OpenType file)";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures[i] = $"{paths[i]}: error: {e.Message}";
            }
        });
        if (Array.Find(failures, failure => failure is not null) is { } first)
        {
            foreach (var face in faces)
            {
                face?.Dispose();
            }

            throw new ThemeException(first);
        }

        return faces!;
    }
}
