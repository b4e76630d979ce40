using System.Text;
using System.Text.Unicode;

namespace Recap.Markdown.Files;

/// <summary>
/// A text file's bytes as the reader sees them: UTF-8 (a byte-order mark is dropped), invalid bytes
/// replaced by U+FFFD with the first one's place kept for a warning, and every line ending
/// (CRLF, lone CR, LF) made LF, since CommonMark counts all three as line endings.
/// </summary>
internal sealed record DecodedText(string Text, (int Line, int Column)? FirstInvalidByte)
{
    public static DecodedText From(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // Nearly every file is valid: only then is a copy decoded just to find the first bad byte.
        (int, int)? invalid = null;
        if (!Utf8.IsValid(bytes))
        {
            var chars = new char[bytes.Length];
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            invalid = Place(bytes[..read]);
        }

        var text = Encoding.UTF8.GetString(bytes); // replaces what ToUtf16 stopped at
        return new DecodedText(NormalizeLineEndings(text), invalid);
    }

    /// <summary>The 1-based line and column just after <paramref name="before"/>, counting characters, any line ending as one.</summary>
    private static (int Line, int Column) Place(ReadOnlySpan<byte> before)
    {
        var text = NormalizeLineEndings(Encoding.UTF8.GetString(before));
        var lineStart = text.LastIndexOf('\n') + 1;
        return (text.AsSpan().Count('\n') + 1, text.Length - lineStart + 1);
    }

    private static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
