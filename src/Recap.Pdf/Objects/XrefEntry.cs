using System.Runtime.InteropServices;

namespace Recap.Pdf.Objects;

/// <summary>
/// Where an object lives, as a cross-reference stream records it (PDF 1.7, 7.5.8.3): type 1 at a byte
/// offset in the file, type 2 as the <see cref="Index"/>th object of object stream <see cref="Location"/>.
/// </summary>
/// <remarks>Auto layout puts the long first: 16 bytes an object, not 24 (a booklet has tens of thousands).</remarks>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct XrefEntry(int Type, long Location, int Index)
{
    public static readonly XrefEntry Unwritten = new(-1, 0, 0);

    /// <summary>Object 0, the head of the (empty) free list, generation 65535 as the table form has it.</summary>
    public static readonly XrefEntry Free = new(0, 0, 65535);

    public static XrefEntry InFile(long offset) => new(1, offset, 0);

    public static XrefEntry InObjectStream(int stream, int index) => new(2, stream, index);
}
