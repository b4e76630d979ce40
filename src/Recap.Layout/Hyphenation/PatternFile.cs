using System.Text;

namespace Recap.Layout.Hyphenation;

/// <summary>
/// Reads a hyphenation dictionary in the LibreOffice/Hunspell (libhyphen) format:
/// the first line names the encoding, then directives and Liang patterns, one a line.
/// </summary>
/// <remarks>
/// What is read and what is skipped, on purpose:
/// <list type="bullet">
/// <item><c>LEFTHYPHENMIN</c>/<c>RIGHTHYPHENMIN</c> give the minima.</item>
/// <item><c>NEXTLEVEL</c> separates libhyphen's compound-word level (patterns that find the
/// joints of compounds) from the ordinary level; only the last level is kept, which is
/// what libhyphen applies inside each word part.</item>
/// <item><c>COMPOUNDLEFTHYPHENMIN</c>, <c>COMPOUNDRIGHTHYPHENMIN</c> and <c>NOHYPHEN</c>
/// only matter with compound levels, and are skipped with them.</item>
/// <item>Non-standard patterns (<c>c1k/k=k,1,1</c>: a break that changes the spelling, as
/// in old German orthography) are skipped and counted: the line breaker can only insert a
/// hyphen, not respell a word.</item>
/// <item>Patterns with ligature characters (ﬁ, ﬀ) are kept: they are ordinary patterns that
/// never match text, because ligatures are formed by the shaper after hyphenation.</item>
/// </list>
/// </remarks>
internal sealed class PatternFile
{
    private PatternFile(PatternTable patterns, int? leftMin, int? rightMin, int skipped)
    {
        Patterns = patterns;
        LeftMin = leftMin;
        RightMin = rightMin;
        SkippedNonStandard = skipped;
    }

    /// <summary>Letters of each pattern (with '.' for a word edge) to its levels, one more than letters.</summary>
    public PatternTable Patterns { get; }

    public int? LeftMin { get; }

    public int? RightMin { get; }

    public int SkippedNonStandard { get; }

    public static PatternFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path).AsSpan();
        var firstLineEnd = bytes.IndexOf((byte)'\n');
        var encodingName = Encoding.ASCII.GetString(firstLineEnd < 0 ? bytes : bytes[..firstLineEnd]).Trim();
        // The format allows 8-bit encodings (ISO8859-1 for older files); everything else is UTF-8.
        var encoding = encodingName.StartsWith("ISO8859-1", StringComparison.OrdinalIgnoreCase)
            || encodingName.StartsWith("ISO-8859-1", StringComparison.OrdinalIgnoreCase)
            ? Encoding.Latin1
            : Encoding.UTF8;

        var patterns = new PatternTable.Builder(bytes.Length);
        int? leftMin = null;
        int? rightMin = null;
        var skipped = 0;
        Span<char> buffer = stackalloc char[256];
        // Line by line over the file's bytes, each decoded on the stack: every build reads a file of thousands
        // of patterns before it sets a word.
        for (var rest = firstLineEnd < 0 ? [] : bytes[(firstLineEnd + 1)..]; !rest.IsEmpty;)
        {
            var end = rest.IndexOf((byte)'\n');
            var raw = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var decoded = encoding.GetMaxCharCount(raw.Length) <= buffer.Length ? buffer : new char[encoding.GetMaxCharCount(raw.Length)];
            var line = decoded[..encoding.GetChars(raw, decoded)].Trim();
            if (line.Length == 0 || line[0] == '%' || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ');
            var keyword = space < 0 ? line : line[..space];
            switch (keyword)
            {
                case "LEFTHYPHENMIN":
                    leftMin = int.Parse(line[(space + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "RIGHTHYPHENMIN":
                    rightMin = int.Parse(line[(space + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "NEXTLEVEL":
                    // Everything before belongs to the compound level, which is not applied.
                    patterns.Clear();
                    break;
                case "COMPOUNDLEFTHYPHENMIN" or "COMPOUNDRIGHTHYPHENMIN" or "NOHYPHEN":
                    break;
                default:
                    if (line.Contains('/'))
                    {
                        skipped++;
                    }
                    else
                    {
                        patterns.Add(line);
                    }

                    break;
            }
        }

        return new PatternFile(patterns.Build(), leftMin, rightMin, skipped);
    }
}
