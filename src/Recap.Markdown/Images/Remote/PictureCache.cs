using System.Security.Cryptography;
using System.Text;

namespace Recap.Markdown.Images.Remote;

/// <summary>
/// The pictures fetched before, on disk: each picture's bytes once under their SHA-256
/// (<c>objects/…</c>) and, per address, the digest of what it gave (<c>urls/…</c>). Bytes are checked
/// against their digest when read, so a damaged cache is a miss, never a wrong picture. Files are
/// written under a temporary name and renamed, so two builds at once never see half a file.
/// </summary>
internal sealed class PictureCache(string folder)
{
    /// <summary>The bytes the address gave last time, or null when the cache does not hold them (intact).</summary>
    public byte[]? Find(string url)
    {
        try
        {
            var index = IndexPath(url);
            if (!File.Exists(index))
            {
                return null;
            }

            var digest = File.ReadAllText(index).Trim();
            var path = ObjectPath(digest);
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            return Digest(bytes) == digest ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps the bytes an address gave. A cache that cannot be written only costs a fetch next time.</summary>
    public void Store(string url, byte[] bytes)
    {
        try
        {
            var digest = Digest(bytes);
            WriteAtomically(ObjectPath(digest), bytes);
            WriteAtomically(IndexPath(url), Encoding.ASCII.GetBytes(digest + "\n"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing is lost: the picture is used from memory this time.
        }
    }

    /// <summary>Where bytes like these live in the cache (whether or not they were stored).</summary>
    public string ObjectPath(byte[] bytes) => ObjectPath(Digest(bytes));

    public static string Digest(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string ObjectPath(string digest) => Path.Combine(folder, "objects", digest[..2], digest);

    private string IndexPath(string url) => Path.Combine(folder, "urls", Digest(Encoding.UTF8.GetBytes(url)));

    private static void WriteAtomically(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
