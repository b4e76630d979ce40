using System.Buffers;
using System.Text;
using System.Xml;

namespace Recap.Epub;

/// <summary>Text made safe for XML 1.0: escaping is XmlWriter's job, this drops the characters XML cannot hold at all.</summary>
internal static class XmlText
{
    /// <summary>Drops what XML 1.0 cannot hold (control characters, lone surrogates) instead of failing the build.</summary>
    public static string Clean(string value)
    {
        // Almost every text is clean: vectorized searches say so without a look at each character.
        var span = value.AsSpan();
        if (!span.ContainsAny(ControlCharacters) && !span.ContainsAny(Surrogates) && !span.ContainsAny(NonCharacters))
        {
            return value;
        }

        var clean = true;
        for (var i = 0; i < value.Length && clean; i++)
        {
            clean = IsXmlChar(value, i, out var width);
            i += width - 1;
        }

        if (clean)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (IsXmlChar(value, i, out var width))
            {
                builder.Append(value, i, width);
            }

            i += width - 1;
        }

        return builder.ToString();
    }

    // The C0 controls XML 1.0 cannot hold: all but tab, line feed and carriage return.
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    // Surrogates are fine in pairs, which the character loop tells. Sets of contiguous characters, each
    // searched as a range; ContainsAnyInRange would do the same, but boxes its bounds until the JIT optimizes it.
    private static readonly SearchValues<char> Surrogates = SearchValues.Create(Range('\uD800', '\uDFFF'));

    private static readonly SearchValues<char> NonCharacters = SearchValues.Create("\uFFFE\uFFFF");

    private static string Range(char first, char last) =>
        string.Create(last - first + 1, first, (chars, start) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(start + i);
            }
        });

    private static bool IsXmlChar(string value, int index, out int width)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
        {
            width = 2;
            return true;
        }

        width = 1;
        return XmlConvert.IsXmlChar(c);
    }
}
