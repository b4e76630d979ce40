using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Recap.Mail;

/// <summary>
/// The Message-Id and the MIME boundaries, derived from what the mail holds instead of a random
/// source (MimeKit's default), so that the same recap gives the same .eml byte for byte.
/// </summary>
public sealed class DraftIds
{
    private readonly string _digest;

    private DraftIds(string digest) => _digest = digest;

    /// <summary>Hashes every text, header value and attachment byte the draft carries.</summary>
    public static DraftIds Of(IEnumerable<string> texts, IEnumerable<MailAttachment> attachments)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in texts)
        {
            Add(hash, Encoding.UTF8.GetBytes(text));
        }

        foreach (var attachment in attachments)
        {
            Add(hash, Encoding.UTF8.GetBytes(attachment.FileName + "\n" + attachment.MediaType));
            Add(hash, attachment.Content);
        }

        return new DraftIds(Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>
    /// A boundary for one multipart. Starting with <c>=_</c> it cannot occur in the parts it separates:
    /// base64 has no underscore, and quoted-printable writes every <c>=</c> as <c>=3D</c>.
    /// </summary>
    public string Boundary(string multipart) => $"=_recap_{multipart}_{_digest[..32]}";

    /// <summary>The Message-Id's left and right parts (MimeKit adds the angle brackets).</summary>
    public string MessageId(string domain) => $"{_digest[..40]}@{domain}";

    private static void Add(IncrementalHash hash, byte[] bytes)
    {
        // Length first, so that moving bytes from one field to the next changes the digest.
        Span<byte> length = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
