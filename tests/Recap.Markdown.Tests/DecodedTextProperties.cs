using System.Text;
using System.Text.Unicode;
using CsCheck;
using Recap.Markdown.Files;

namespace Recap.Markdown.Tests;

/// <summary>
/// Files are decoded into a pooled buffer and their line endings made LF in place; this holds the
/// text and the place of the first bad byte to the rule as first written (strings and Replace) for all bytes.
/// </summary>
public sealed class DecodedTextProperties
{
    private static readonly Gen<byte[]> Bytes =
        Gen.OneOf<byte>(0x0D, 0x0A, 0x61, 0x20, 0xC3, 0xA9, 0xE2, 0x80, 0x94, 0xF0, 0x9F, 0xFF, 0xEF, 0xBB, 0xBF).Array[0, 24];

    [Fact]
    public void Decoding_is_the_string_rule_for_any_bytes() =>
        Bytes.Sample(bytes =>
        {
            var chars = new char[DecodedText.MaxChars(bytes.Length)];
            var length = DecodedText.Decode(bytes, chars, out var invalid);
            var (text, expectedInvalid) = WithStrings(bytes);
            Assert.Equal(text, new string(chars, 0, length));
            Assert.Equal(expectedInvalid, invalid);
        }, iter: 20_000);

    /// <summary>The rule as first written.</summary>
    private static (string Text, (int Line, int Column)? Invalid) WithStrings(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        (int, int)? invalid = null;
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.InvalidData)
        {
            var before = LfOnly(Encoding.UTF8.GetString(bytes[..read]));
            var lineStart = before.LastIndexOf('\n') + 1;
            invalid = (before.AsSpan().Count('\n') + 1, before.Length - lineStart + 1);
        }

        return (LfOnly(Encoding.UTF8.GetString(bytes)), invalid);
    }

    private static string LfOnly(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
