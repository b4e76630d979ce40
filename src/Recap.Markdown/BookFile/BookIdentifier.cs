using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace Recap.Markdown.BookFile;

/// <summary>The identifier a publication gets when <c>book.yml</c> gives none.</summary>
internal static class BookIdentifier
{
    /// <summary>The URL namespace of RFC 9562 (6ba7b811-9dad-11d1-80b4-00c04fd430c8), in network byte order.</summary>
    private static readonly byte[] UrlNamespace =
        [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];

    /// <summary>
    /// <c>"urn:uuid:" + UUIDv5(URL namespace, "recap:" + title + "|" + date)</c>: a name-based UUID
    /// (RFC 4122 / RFC 9562 version 5, SHA-1) in the URL namespace, of the UTF-8 name
    /// <c>recap:</c>, the title as written in book.yml, <c>|</c>, and the date as <c>yyyy-MM-dd</c>
    /// (empty when there is no date). A rebuild of the same publication keeps its identifier, so
    /// readers see an update rather than a new book; python's <c>uuid.uuid5(uuid.NAMESPACE_URL, name)</c>
    /// gives the same value.
    /// </summary>
    public static string Derive(string title, DateOnly? date)
    {
        var name = "recap:" + title + "|" + (date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        var input = new byte[UrlNamespace.Length + Encoding.UTF8.GetByteCount(name)];
        UrlNamespace.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(name, 0, name.Length, input, UrlNamespace.Length);

        // A managed SHA-1: the runtime's would load OpenSSL (libssl and libcrypto, ~10 ms of a 0.1 s build) for 60 bytes.
        var sha1 = new Sha1Digest();
        sha1.BlockUpdate(input);
        var hash = new byte[sha1.GetDigestSize()];
        sha1.DoFinal(hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant

        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
