namespace Recap.Model;

/// <summary>
/// Latin letters with diacritics folded to ASCII (é → e, ß → ss, Ł → l) for slugs. A table rather
/// than Unicode decomposition: the tool runs with invariant globalization, where normalization is
/// not available, and slugs must not depend on the machine.
/// </summary>
internal static class LatinFolding
{
    // U+00C0–U+00FF, one entry a character; "" for × and ÷.
    private static readonly string[] Latin1 =
    [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    ];

    // U+0100–U+017F as runs: how many characters in a row fold to the same letters.
    private static readonly (int Count, string Fold)[] ExtendedARuns =
    [
        (6, "a"), (8, "c"), (4, "d"), (10, "e"), (8, "g"), (4, "h"), (10, "i"), (2, "ij"), (2, "j"), (3, "k"),
        (10, "l"), (9, "n"), (6, "o"), (2, "oe"), (6, "r"), (8, "s"), (6, "t"), (12, "u"), (2, "w"), (3, "y"),
        (6, "z"), (1, "s"),
    ];

    private static readonly string[] ExtendedA = [.. ExtendedARuns.SelectMany(run => Enumerable.Repeat(run.Fold, run.Count))];

    /// <summary>The ASCII letters for <paramref name="c"/>, or null when it is not a folded Latin letter.</summary>
    public static string? Fold(char c) => c switch
    {
        >= '\u00c0' and <= '\u00ff' => Latin1[c - 0xc0],
        >= '\u0100' and <= '\u017f' => ExtendedA[c - 0x100],
        _ => null,
    };
}
