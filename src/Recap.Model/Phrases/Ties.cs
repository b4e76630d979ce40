using System.Collections.Frozen;

namespace Recap.Model.Phrases;

/// <summary>
/// Spaces a typesetter ties (TeX's <c>~</c>, The TeXbook ch. 14, "Ties"): between a number and
/// its unit ("400 ms", "2.3 s."), after an abbreviation that points at what follows ("p. 12",
/// "Fig. 3"), and after an initial ("D. E. Knuth"). A line never breaks there: the booklet's
/// layout asks <see cref="Bind"/> between its words, the ebook writes the spaces
/// <see cref="Apply"/> ties as no-break spaces, so both outputs keep the same pairs together.
/// </summary>
public static class Ties
{
    /// <summary>The text with each space <see cref="Bind"/> ties replaced by a no-break space (U+00A0).</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The ebook asks this of every run of text: the words are looked at in place, and only a text
        // with a tie is copied.
        char[]? tied = null;
        var start = 0;
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        while (space >= 0)
        {
            var next = text.IndexOf(' ', space + 1);
            var end = next < 0 ? text.Length : next;
            if (Bind(text.AsSpan(start, space - start), text.AsSpan(space + 1, end - space - 1)))
            {
                tied ??= text.ToCharArray();
                tied[space] = '\u00A0';
            }

            start = space + 1;
            space = next;
        }

        return tied is null ? text : new string(tied);
    }

    private static readonly FrozenSet<string> Units = FrozenSet.Create(
        StringComparer.Ordinal,
        "ns", "µs", "μs", "us", "ms", "s", "sec", "min", "h", "hrs", "%", "‰", "°", "°C", "°F", "K",
        "B", "kB", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "b", "kb", "Kb", "Mb", "Gb",
        "bit", "bits", "bytes", "Hz", "kHz", "MHz", "GHz", "rps", "qps", "req/s", "ops/s", "x", "×",
        "mm", "cm", "m", "km", "in", "ft", "pt", "px", "em", "g", "kg", "mg", "t", "l", "ml", "W", "kW", "V", "A", "mA",
        "USD", "EUR", "GBP", "k", "M", "bn", "times", "cores", "CPUs", "CPU", "GOPS", "lines", "LOC");

    private static readonly FrozenSet<string> Pointers = FrozenSet.Create(
        StringComparer.Ordinal,
        "p.", "pp.", "Fig.", "fig.", "Figs.", "Table", "Tab.", "No.", "no.", "Nr.", "Vol.", "vol.", "Ch.", "ch.",
        "Sec.", "sec.", "§", "Eq.", "eq.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Mt.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PointerLookup = Pointers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the space between <paramref name="before"/> and <paramref name="after"/> (two words as set) must not break.</summary>
    public static bool Bind(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Bind(before.AsSpan(), after.AsSpan());
    }

    private static bool Bind(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (before.Length == 0 || after.Length == 0)
        {
            return false;
        }

        if (PointerLookup.Contains(before))
        {
            return true;
        }

        // An initial ("D.") before a capitalised word or another initial.
        if (before.Length == 2 && char.IsUpper(before[0]) && before[1] == '.' && char.IsUpper(after[0]))
        {
            return true;
        }

        return IsNumber(before) && UnitLookup.Contains(after.TrimEnd(".,;:)!?"));
    }

    /// <summary>Digits with decimal or thousands separators, a sign or a leading "~" or "≈": "400", "2.3", "-5", "1,000".</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        var digits = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (!(c is '.' or ',' or '\u2009' or '\u202F' && i > 0) && !(i == 0 && c is '-' or '−' or '+' or '~' or '≈' or '(' or '$' or '€' or '£'))
            {
                return false;
            }
        }

        return digits;
    }
}
