using System.Text;
using Recap.Fonts;

namespace Recap.Pdf.Fonts;

/// <summary>
/// A face as the PDF uses it: the glyphs drawn so far and the text each stands for. The first text
/// a glyph is drawn for becomes its ToUnicode entry; a cluster that disagrees with the map (the
/// same glyph for two characters, or glyphs that do not split into its characters) is reported so
/// the drawer wraps it in ActualText.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly string?[] _unicode;
    private readonly bool[] _used;
    private readonly double[] _widths;

    public EmbeddedFont(FontFace face, string resourceName, int id)
    {
        Face = face;
        ResourceName = resourceName;
        Id = id;
        _unicode = new string?[face.GlyphCount];
        _used = new bool[face.GlyphCount];
        _widths = new double[face.GlyphCount];
        Array.Fill(_widths, double.NaN);
    }

    public FontFace Face { get; }

    /// <summary>The name in page resources, e.g. F0.</summary>
    public string ResourceName { get; }

    /// <summary>The Type0 font object's id.</summary>
    public int Id { get; }

    /// <summary>The glyph's advance in thousandths of an em, rounded as the W array writes it.</summary>
    public double Width(ushort glyph)
    {
        var width = _widths[glyph];
        if (double.IsNaN(width))
        {
            width = Math.Round(Face.GetGlyphAdvance(glyph) * 1000.0 / Face.UnitsPerEm, 3, MidpointRounding.AwayFromZero);
            _widths[glyph] = width;
        }

        return width;
    }

    public void Use(ushort glyph) => _used[glyph] = true;

    public IEnumerable<ushort> UsedGlyphs()
    {
        for (var glyph = 0; glyph < _used.Length; glyph++)
        {
            if (_used[glyph])
            {
                yield return (ushort)glyph;
            }
        }
    }

    public string? UnicodeOf(ushort glyph) => _unicode[glyph];

    /// <summary>
    /// Records that <paramref name="glyphs"/> draw <paramref name="text"/> and says whether the
    /// ToUnicode map can tell it: one glyph for the whole cluster (ligatures included), or one glyph
    /// per character.
    /// </summary>
    public bool Map(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<char> text)
    {
        if (glyphs.Length == 1)
        {
            return MapOne(glyphs[0], text);
        }

        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        if (count != glyphs.Length)
        {
            return false;
        }

        var i = 0;
        var ok = true;
        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            ok &= MapOne(glyphs[i++], text.Slice(at, rune.Utf16SequenceLength));
            at += rune.Utf16SequenceLength;
        }

        return ok;
    }

    /// <summary><see cref="Map(ReadOnlySpan{ushort}, ReadOnlySpan{char})"/> for one glyph drawing one UTF-16 character, the common case.</summary>
    public bool Map(ushort glyph, char text)
    {
        var known = _unicode[glyph];
        return known is null ? Learn(glyph, new ReadOnlySpan<char>(in text)) : known.Length == 1 && known[0] == text;
    }

    private bool MapOne(ushort glyph, ReadOnlySpan<char> text)
    {
        var known = _unicode[glyph];
        return known is null ? Learn(glyph, text) : known.AsSpan().SequenceEqual(text);
    }

    /// <summary>The first text drawn with a glyph the map has not seen becomes its entry.</summary>
    private bool Learn(ushort glyph, ReadOnlySpan<char> text)
    {
        // .notdef stands for no character: keep it out of the map so each use gets ActualText.
        if (glyph == 0)
        {
            return false;
        }

        _unicode[glyph] = text.ToString();
        return true;
    }

    public override string ToString() => new StringBuilder(ResourceName).Append(' ').Append(Face.PostScriptName).ToString();
}
