using System.Text;
using Org.BouncyCastle.Crypto.Digests;

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

        // A managed SHA-256: the runtime's would load OpenSSL (~10 ms of a 0.1 s build) for a few hundred bytes.
        var sha256 = new Sha256Digest();
        sha256.BlockUpdate(bytes.ToArray());
        var hash = new byte[sha256.GetDigestSize()];
        sha256.DoFinal(hash);
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + (hash[i] % 26));
        }

        return new string(tag);
    }
}
