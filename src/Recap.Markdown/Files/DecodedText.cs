using System.Text;
using System.Text.Unicode;

namespace Recap.Markdown.Files;

/// <summary>
/// A text file's bytes as the reader sees them: UTF-8 (a byte-order mark is dropped), invalid bytes
/// replaced by U+FFFD with the first one's place kept for a warning, and every line ending
/// (CRLF, lone CR, LF) made LF, since CommonMark counts all three as line endings. Decoded into a
/// buffer the caller owns, so that a write-up's text is made a string only once, as its body.
/// </summary>
internal static class DecodedText
{
    /// <summary>Room enough for the characters of <paramref name="byteCount"/> bytes.</summary>
    public static int MaxChars(int byteCount) => Encoding.UTF8.GetMaxCharCount(byteCount);

    /// <returns>How many characters of <paramref name="chars"/> hold the text.</returns>
    public static int Decode(ReadOnlySpan<byte> bytes, Span<char> chars, out (int Line, int Column)? firstInvalidByte)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // Nearly every file is valid: only then is a copy decoded just to find the first bad byte.
        firstInvalidByte = null;
        if (!Utf8.IsValid(bytes))
        {
            var copy = new char[bytes.Length];
            Utf8.ToUtf16(bytes, copy, out var read, out _, replaceInvalidSequences: false);
            firstInvalidByte = Place(bytes[..read]);
        }

        var length = Encoding.UTF8.GetChars(bytes, chars); // replaces what ToUtf16 stopped at
        return NormalizeLineEndings(chars[..length]);
    }

    /// <summary>The 1-based line and column just after <paramref name="before"/>, counting characters, any line ending as one.</summary>
    private static (int Line, int Column) Place(ReadOnlySpan<byte> before)
    {
        var chars = new char[MaxChars(before.Length)];
        var text = chars.AsSpan(0, NormalizeLineEndings(chars.AsSpan(0, Encoding.UTF8.GetChars(before, chars))));
        var lineStart = text.LastIndexOf('\n') + 1;
        return (text.Count('\n') + 1, text.Length - lineStart + 1);
    }

    /// <summary>CRLF and lone CR made LF, in place.</summary>
    /// <returns>The text's new length.</returns>
    private static int NormalizeLineEndings(Span<char> text)
    {
        if (!text.Contains('\r'))
        {
            return text.Length;
        }

        var written = 0;
        for (var read = 0; read < text.Length; read++)
        {
            if (text[read] != '\r')
            {
                text[written++] = text[read];
                continue;
            }

            text[written++] = '\n';
            if (read + 1 < text.Length && text[read + 1] == '\n')
            {
                read++;
            }
        }

        return written;
    }
}
