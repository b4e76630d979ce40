using System.Text;

namespace Recap.Epub;

/// <summary>
/// The set of characters in UTF-8 documents, read straight from their bytes: a flag per BMP character and a
/// set for the rest, so a book of several megabytes costs milliseconds (text is mostly ASCII).
/// </summary>
internal sealed class CodePoints
{
    private readonly bool[] _basic = new bool[0x10000];
    private readonly HashSet<int> _supplementary = [];

    public void Add(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            Add(rune.Value);
        }
    }

    public void AddUtf8(ReadOnlySpan<byte> utf8)
    {
        var i = 0;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            if (b < 0x80)
            {
                _basic[b] = true;
                i++;
                continue;
            }

            // Invalid sequences decode as U+FFFD and move on; the writers emit valid UTF-8.
            Rune.DecodeFromUtf8(utf8[i..], out var rune, out var consumed);
            Add(rune.Value);
            i += consumed;
        }
    }

    /// <summary>Every character added, in ascending order.</summary>
    public IReadOnlyList<int> ToList()
    {
        var list = new List<int>();
        for (var c = 0; c < _basic.Length; c++)
        {
            if (_basic[c])
            {
                list.Add(c);
            }
        }

        list.AddRange(_supplementary.Order());
        return list;
    }

    private void Add(int codePoint)
    {
        if (codePoint < _basic.Length)
        {
            _basic[codePoint] = true;
        }
        else
        {
            _supplementary.Add(codePoint);
        }
    }
}
