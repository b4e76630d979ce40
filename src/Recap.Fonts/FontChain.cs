using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Recap.Fonts;

/// <summary>
/// An ordered list of faces for fallback: each character comes from the first face that has it,
/// then, when none has it, from the machine's fonts (<see cref="SystemFonts"/>, when given). Works
/// on grapheme clusters so a base letter and its accents stay in one face; a system face, once
/// chosen, goes on for every character it has, so a Japanese phrase stays in one face.
/// </summary>
public sealed class FontChain
{
    private readonly SystemFonts? _system;
    private readonly FontSplit?[] _primaryOnly = new FontSplit?[64];

    public FontChain(IEnumerable<FontFace> faces, SystemFonts? system = null)
    {
        _system = system;
        Faces = [.. faces];
        if (Faces.IsEmpty)
        {
            throw new ArgumentException("a font chain needs at least one face", nameof(faces));
        }
    }

    public ImmutableArray<FontFace> Faces { get; }

    /// <summary>The primary face: the one the chain is named for.</summary>
    public FontFace Primary => Faces[0];

    /// <summary>Splits text into runs by the face that draws each grapheme cluster.</summary>
    public FontSplit Split(string text)
    {
        // Almost every word is drawn by the primary face alone: answer that without segmenting.
        if (Covers(Primary, text))
        {
            return PrimaryOnly(text.Length);
        }

        var runs = ImmutableArray.CreateBuilder<FaceRun>();
        var missing = ImmutableArray.CreateBuilder<MissingCharacter>();
        FontFace? current = null;
        var runStart = 0;
        for (var index = 0; index < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text, index);
            var cluster = text.AsSpan(index, length);
            var face = Choose(cluster, current);
            if (face is null)
            {
                ReportMissing(cluster, index, missing);
                face = current ?? Primary;
            }

            if (!ReferenceEquals(face, current))
            {
                if (current is not null)
                {
                    runs.Add(new FaceRun(current, runStart, index - runStart));
                }

                current = face;
                runStart = index;
            }

            index += length;
        }

        if (current is not null)
        {
            runs.Add(new FaceRun(current, runStart, text.Length - runStart));
        }

        return new FontSplit(runs.ToImmutable(), missing.ToImmutable());
    }

    /// <summary>A split into one run of the primary face; for a word's length, made once and shared (it is immutable).</summary>
    private FontSplit PrimaryOnly(int length)
    {
        if (length >= _primaryOnly.Length)
        {
            return new FontSplit([new FaceRun(Primary, 0, length)], []);
        }

        // Written whole: two threads that race only make the same split twice.
        return _primaryOnly[length] ??= new FontSplit(length == 0 ? [] : [new FaceRun(Primary, 0, length)], []);
    }

    private FontFace? Choose(ReadOnlySpan<char> cluster, FontFace? current)
    {
        // Spaces stay in the current run: a fallback word followed by a space is one run, not two.
        if (current is not null && IsWhiteSpace(cluster) && Covers(current, cluster))
        {
            return current;
        }

        foreach (var face in Faces)
        {
            if (Covers(face, cluster))
            {
                return face;
            }
        }

        if (_system is null)
        {
            return null;
        }

        if (current is not null && Covers(current, cluster))
        {
            return current;
        }

        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!IsDefaultIgnorable(rune))
            {
                return _system.Find(rune.Value) is { } found && Covers(found, cluster) ? found : null;
            }
        }

        return null;
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> cluster) => cluster.Length == 1 && char.IsWhiteSpace(cluster[0]);

    private static bool Covers(FontFace face, ReadOnlySpan<char> cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!IsDefaultIgnorable(rune) && !face.HasGlyph(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    private void ReportMissing(ReadOnlySpan<char> cluster, int index, ImmutableArray<MissingCharacter>.Builder missing)
    {
        var offset = index;
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!IsDefaultIgnorable(rune) && !Faces.Any(face => face.HasGlyph(rune.Value)) && _system?.Find(rune.Value) is null)
            {
                missing.Add(new MissingCharacter(rune.Value, offset));
            }

            offset += rune.Utf16SequenceLength;
        }
    }

    // Joiners and variation selectors: fonts need not map them, shaping handles them.
    private static bool IsDefaultIgnorable(Rune rune) =>
        rune.Value is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
}
