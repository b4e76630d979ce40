using Recap.Fonts;
using Recap.Theming;

namespace Recap.Layout.Styles;

/// <summary>The theme's faces, loaded once; each style's chain ends with the theme's fallback faces.</summary>
public sealed class ThemeFonts : IDisposable
{
    private readonly List<FontFace> _owned = [];

    /// <param name="systemFonts">Whether the build allows the machine's fonts (<c>--no-system-fonts</c> says no); the theme must allow them too.</param>
    public ThemeFonts(ThemeFontFiles section, bool systemFonts = true)
    {
        var fallback = section.Fallback.Select(path => Load(section.PathOf(path))).ToList();
        System = section.SystemFonts && systemFonts ? SystemFonts.Open() : null;
        FontChain Chain(string path) => new([Load(section.PathOf(path)), .. fallback], System);
        Regular = Chain(section.Regular);
        Italic = Chain(section.Italic);
        Bold = Chain(section.Bold);
        BoldItalic = Chain(section.BoldItalic);
        Medium = Chain(section.Medium);
        Mono = Chain(section.Mono);
        MonoBold = Chain(section.MonoBold);
        MonoItalic = Chain(section.MonoItalic);
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

    private FontFace Load(string path)
    {
        var face = FontFace.Load(path);
        _owned.Add(face);
        Book.Add(face);
        return face;
    }
}
