using System.Security.Cryptography;
using System.Text;

namespace Recap.Pdf.Fonts;

/// <summary>The six capital letters before a subset font's name, derived from the font and its glyph set so equal input gives equal tags.</summary>
internal static class SubsetTag
{
    public static string For(string postScriptName, IEnumerable<ushort> glyphs)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(postScriptName));
        foreach (var glyph in glyphs)
        {
            bytes.Add((byte)(glyph >> 8));
            bytes.Add((byte)glyph);
        }

        var hash = SHA256.HashData(bytes.ToArray());
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + (hash[i] % 26));
        }

        return new string(tag);
    }
}
