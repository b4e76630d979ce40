using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Recap.Fonts;

/// <summary>
/// One font face loaded from a file: its names, its metrics in design units (y up, as fonts store
/// them; multiply by size / <see cref="UnitsPerEm"/> for points) and its glyphs.
/// Immutable after loading and safe to read and shape from several threads. Faces compare by
/// identity: load each file once and share the object.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly Blob _blob;

    // The nominal glyph of each character of the Basic Multilingual Plane, asked of HarfBuzz once:
    // layout asks for the same few hundred characters millions of times (font fallback, hyphen and
    // space checks), and HarfBuzz's own cmap cache is shared by the threads that lay out in parallel
    // (200 talks: an eighth of all layout time went to the lookup). 0 is not yet asked, NoGlyph none,
    // anything else the glyph id (never 0xFFFF: a font has at most 65,535 glyphs). Made on first use, as
    // most fallback faces are never asked; each entry is written whole, so a race only asks twice.
    private const ushort NoGlyph = ushort.MaxValue;
    private ushort[]? _nominal;

    private const int UnknownAdvance = int.MinValue;
    private int[]? _advances;

    private FontFace(string path, int index, Blob blob, Face face, Font font)
    {
        Path = path;
        Index = index;
        _blob = blob;
        HarfBuzzFace = face;
        HarfBuzzFont = font;
        UnitsPerEm = face.UnitsPerEm;
        GlyphCount = face.GlyphCount;

        var head = Table(face, "head");
        var hhea = Table(face, "hhea");
        var os2 = Table(face, "OS/2");
        var post = Table(face, "post");
        var name = Table(face, "name");

        BoundingBox = new FontBox(
            OpenTypeTables.S16(head, 36), OpenTypeTables.S16(head, 38), OpenTypeTables.S16(head, 40), OpenTypeTables.S16(head, 42));
        var macStyle = OpenTypeTables.U16(head, 44);

        // OS/2 typo metrics when the font says to use them (fsSelection bit 7) or hhea has none.
        var fsSelection = OpenTypeTables.U16(os2, 62);
        var useTypo = os2.Length >= 78 && ((fsSelection & 0x80) != 0 || OpenTypeTables.S16(hhea, 4) == 0);
        Ascender = useTypo ? OpenTypeTables.S16(os2, 68) : OpenTypeTables.S16(hhea, 4);
        Descender = useTypo ? OpenTypeTables.S16(os2, 70) : OpenTypeTables.S16(hhea, 6);
        LineGap = useTypo ? OpenTypeTables.S16(os2, 72) : OpenTypeTables.S16(hhea, 8);

        // sxHeight and sCapHeight exist from OS/2 version 2; estimate from the ascender otherwise.
        var hasHeights = OpenTypeTables.U16(os2, 0) >= 2 && os2.Length >= 90;
        CapHeight = hasHeights ? OpenTypeTables.S16(os2, 88) : (int)(Ascender * 0.7);
        XHeight = hasHeights ? OpenTypeTables.S16(os2, 86) : (int)(Ascender * 0.5);
        Weight = os2.Length >= 6 ? OpenTypeTables.U16(os2, 4) : ((macStyle & 1) != 0 ? 700 : 400);

        ItalicAngle = OpenTypeTables.S32(post, 4) / 65536.0;
        IsFixedPitch = OpenTypeTables.S32(post, 12) != 0;
        IsItalic = (fsSelection & 0x1) != 0 || (macStyle & 0x2) != 0 || ItalicAngle != 0;

        var stem = System.IO.Path.GetFileNameWithoutExtension(path);
        FamilyName = OpenTypeTables.Name(name, 16) ?? OpenTypeTables.Name(name, 1) ?? stem;
        StyleName = OpenTypeTables.Name(name, 17) ?? OpenTypeTables.Name(name, 2) ?? "Regular";
        PostScriptName = SanitizePostScriptName(OpenTypeTables.Name(name, 6) ?? (FamilyName + "-" + StyleName));
        HasTrueTypeOutlines = TableLength(face, "glyf") > 0;
    }

    /// <summary>Whether the glyphs are TrueType outlines (a glyf table), which the PDF embeds as FontFile2; not CFF.</summary>
    public bool HasTrueTypeOutlines { get; }

    /// <summary>The face's index in its file: 0, or its place in a collection (.ttc).</summary>
    public int Index { get; }

    /// <summary>The file the face was loaded from.</summary>
    public string Path { get; }

    /// <summary>The typographic family name (name id 16, else 1), e.g. "Go".</summary>
    public string FamilyName { get; }

    /// <summary>The style within the family (name id 17, else 2), e.g. "Bold Italic".</summary>
    public string StyleName { get; }

    /// <summary>The PostScript name (name id 6), restricted to the characters PDF names allow.</summary>
    public string PostScriptName { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>Height above the baseline, in design units (positive).</summary>
    public int Ascender { get; }

    /// <summary>Depth below the baseline, in design units (negative, as fonts store it).</summary>
    public int Descender { get; }

    public int LineGap { get; }

    public int CapHeight { get; }

    public int XHeight { get; }

    /// <summary>Degrees counter-clockwise from vertical; negative for a usual right-leaning italic.</summary>
    public double ItalicAngle { get; }

    /// <summary>The OS/2 weight class: 400 regular, 700 bold.</summary>
    public int Weight { get; }

    public bool IsItalic { get; }

    public bool IsFixedPitch { get; }

    public FontBox BoundingBox { get; }

    internal Face HarfBuzzFace { get; }

    internal Font HarfBuzzFont { get; }

    /// <summary>Loads the face at <paramref name="index"/> (0: the first) of a TrueType or OpenType file or collection.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file holds no usable face.</exception>
    public static FontFace Load(string path, int index = 0)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("font file not found", path);
        }

        var blob = ReadBlob(path);
        var face = new Face(blob, index);
        if (face.GlyphCount == 0 || face.UnitsPerEm == 0)
        {
            face.Dispose();
            blob.Dispose();
            throw new InvalidDataException($"not a usable font: {path}");
        }

        face.MakeImmutable();
        var font = new Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        return new FontFace(System.IO.Path.GetFullPath(path), index, blob, face, font);
    }

    /// <summary>
    /// The file in native memory read at its size, which the blob frees when HarfBuzz lets go of it. Never
    /// a managed array: HarfBuzz keeps reading the blob's memory, and Blob.FromStream pins its array only
    /// briefly (glyphs went wrong after ~200 pages). Not Blob.FromFile either: this build of HarfBuzz
    /// reads a file by doubling a buffer as it goes, copying it and faulting in two to three times its size.
    /// </summary>
    private static unsafe Blob ReadBlob(string path)
    {
        using var file = File.OpenHandle(path);
        var length = (int)Math.Min(RandomAccess.GetLength(file), int.MaxValue);
        var memory = (nint)NativeMemory.Alloc((nuint)Math.Max(length, 1));
        try
        {
            var bytes = new Span<byte>((void*)memory, length);
            var read = 0;
            for (int count; read < length && (count = RandomAccess.Read(file, bytes[read..], read)) > 0;)
            {
                read += count;
            }

            return new Blob(memory, read, MemoryMode.ReadOnly, () => NativeMemory.Free((void*)memory));
        }
        catch
        {
            NativeMemory.Free((void*)memory);
            throw;
        }
    }

    /// <summary>Whether the face maps this Unicode scalar value to a glyph.</summary>
    public bool HasGlyph(int codePoint) => TryGetGlyph(codePoint, out _);

    /// <summary>The nominal glyph for a Unicode scalar value (before shaping).</summary>
    public bool TryGetGlyph(int codePoint, out ushort glyphId)
    {
        if ((uint)codePoint > char.MaxValue)
        {
            return LookUp(codePoint, out glyphId);
        }

        var nominal = _nominal ?? Interlocked.CompareExchange(ref _nominal, new ushort[char.MaxValue + 1], null) ?? _nominal;
        var entry = nominal[codePoint];
        if (entry == 0)
        {
            entry = LookUp(codePoint, out var found) ? found : NoGlyph;
            nominal[codePoint] = entry;
        }

        glyphId = entry == NoGlyph ? (ushort)0 : entry;
        return entry != NoGlyph;
    }

    private bool LookUp(int codePoint, out ushort glyphId)
    {
        var found = HarfBuzzFont.TryGetGlyph((uint)codePoint, out var glyph) && glyph != 0;
        glyphId = found ? (ushort)glyph : (ushort)0;
        return found;
    }

    /// <summary>The horizontal advance of a glyph, in design units.</summary>
    public int GetGlyphAdvance(ushort glyphId)
    {
        // Asked for every glyph of every page (the text block check), so remembered like the nominal glyphs.
        if (glyphId >= GlyphCount)
        {
            return HarfBuzzFont.GetHorizontalGlyphAdvance(glyphId);
        }

        var advances = _advances ?? Interlocked.CompareExchange(ref _advances, NewAdvances(GlyphCount), null) ?? _advances;
        var advance = advances[glyphId];
        if (advance == UnknownAdvance)
        {
            advance = HarfBuzzFont.GetHorizontalGlyphAdvance(glyphId);
            advances[glyphId] = advance;
        }

        return advance;
    }

    private static int[] NewAdvances(int count)
    {
        var advances = new int[count];
        Array.Fill(advances, UnknownAdvance);
        return advances;
    }

    /// <summary>Converts design units to points at a font size.</summary>
    public double ToPoints(double units, double size) => units * size / UnitsPerEm;

    public override string ToString() => PostScriptName;

    public void Dispose()
    {
        HarfBuzzFont.Dispose();
        HarfBuzzFace.Dispose();
        _blob.Dispose();
    }

    private static ReadOnlySpan<byte> Table(Face face, string tag)
    {
        // The blobs are sub-blobs of the file blob, which stays alive with the face.
        using var blob = face.ReferenceTable(Tag.Parse(tag));
        return blob.AsSpan().ToArray();
    }

    // Only the length: the glyf table is most of a font file, not worth a copy to ask whether it is there.
    private static int TableLength(Face face, string tag)
    {
        using var blob = face.ReferenceTable(Tag.Parse(tag));
        return blob.Length;
    }

    private static string SanitizePostScriptName(string name)
    {
        // PDF names and PostScript names: printable ASCII without delimiters or spaces.
        var chars = name.Where(c => c > ' ' && c < 127 && "[](){}<>/%#".IndexOf(c) < 0).ToArray();
        return chars.Length == 0 ? "Font" : new string(chars);
    }
}
