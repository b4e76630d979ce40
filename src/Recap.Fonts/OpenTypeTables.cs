using System.Buffers.Binary;
using System.Text;

namespace Recap.Fonts;

/// <summary>
/// Reads the few fields of head, hhea, OS/2, post and name that describe a face. HarfBuzzSharp's
/// managed API exposes no names and only some metrics, and the fields are at fixed offsets.
/// </summary>
internal static class OpenTypeTables
{
    public static ushort U16(ReadOnlySpan<byte> table, int offset) =>
        offset + 2 <= table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[offset..]) : (ushort)0;

    public static short S16(ReadOnlySpan<byte> table, int offset) =>
        offset + 2 <= table.Length ? BinaryPrimitives.ReadInt16BigEndian(table[offset..]) : (short)0;

    public static int S32(ReadOnlySpan<byte> table, int offset) =>
        offset + 4 <= table.Length ? BinaryPrimitives.ReadInt32BigEndian(table[offset..]) : 0;

    /// <summary>
    /// The best string for a name id: Windows Unicode US English first, then any Windows Unicode,
    /// then Unicode platform, then Mac Roman (ASCII-compatible for the names fonts actually use).
    /// </summary>
    public static string? Name(ReadOnlySpan<byte> table, ushort nameId)
    {
        int count = U16(table, 2);
        int storage = U16(table, 4);
        string? best = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var record = 6 + (i * 12);
            if (U16(table, record + 6) != nameId)
            {
                continue;
            }

            int platform = U16(table, record);
            int encoding = U16(table, record + 2);
            int language = U16(table, record + 4);
            int length = U16(table, record + 8);
            var start = storage + U16(table, record + 10);
            if (start + length > table.Length)
            {
                continue;
            }

            var rank = (platform, encoding, language) switch
            {
                (3, 1 or 10, 0x409) => 0,
                (3, 1 or 10, _) => 1,
                (0, _, _) => 2,
                (1, 0, _) => 3,
                _ => int.MaxValue,
            };
            if (rank >= bestRank)
            {
                continue;
            }

            var bytes = table.Slice(start, length);
            best = platform == 1 ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
            bestRank = rank;
        }

        return best;
    }
}
