using System.Text;
using System.Xml;

namespace Recap.Epub;

/// <summary>Text made safe for XML 1.0: escaping is XmlWriter's job, this drops the characters XML cannot hold at all.</summary>
internal static class XmlText
{
    /// <summary>Drops what XML 1.0 cannot hold (control characters, lone surrogates) instead of failing the build.</summary>
    public static string Clean(string value)
    {
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
