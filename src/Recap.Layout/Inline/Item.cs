namespace Recap.Layout.Inline;

/// <summary>
/// One box, glue or penalty of a paragraph (Knuth and Plass, "Breaking paragraphs into
/// lines", 1981). Widths are in the caller's unit; the breaker never measures text.
/// </summary>
/// <param name="Kind">Box, glue or penalty.</param>
/// <param name="Width">The box's width; the glue's natural width; for a penalty, the width
/// added to the line when it breaks here (a hyphen), nothing otherwise.</param>
/// <param name="Stretch">How much it may grow at an adjustment ratio of 1. Glue:
/// <see cref="double.PositiveInfinity"/> fills a line (the end of a paragraph), and it may be
/// negative (ragged-right sequences take back stretch they gave). Box: its font expansion
/// (pdfTeX's, see <see cref="FontExpansion"/>), the glyphs widened by at most this much.</param>
/// <param name="Shrink">How much it may shrink at a ratio of −1 (never more): the glue's, or the box's font expansion narrowing it.</param>
/// <param name="Penalty">Penalty only: the cost of breaking here; at or above
/// <see cref="Infinity"/> a break is forbidden, at or below −<see cref="Infinity"/> forced.</param>
/// <param name="Flagged">Penalty only: a break here ends the line with a hyphen (discretionary
/// or explicit), which <see cref="BreakOptions.DoubleHyphenDemerits"/>,
/// <see cref="BreakOptions.FinalHyphenDemerits"/> and
/// <see cref="BreakOptions.ConsecutiveHyphenLimit"/> count.</param>
public readonly record struct Item(ItemKind Kind, double Width, double Stretch, double Shrink, double Penalty, bool Flagged)
{
    /// <summary>TeX's infinite penalty: a break that costs this much never happens, and −this always does.</summary>
    public const double Infinity = 10000;

    /// <summary>Whether a break at this penalty is compulsory.</summary>
    public bool IsForcedBreak => Kind == ItemKind.Penalty && Penalty <= -Infinity;

    public static Item Box(double width) => new(ItemKind.Box, width, 0, 0, 0, false);

    /// <summary>A box whose glyphs may be widened by <paramref name="stretch"/> or narrowed by <paramref name="shrink"/> (font expansion).</summary>
    public static Item Box(double width, double stretch, double shrink) => new(ItemKind.Box, width, stretch, shrink, 0, false);

    public static Item Glue(double width, double stretch, double shrink) => new(ItemKind.Glue, width, stretch, shrink, 0, false);

    /// <summary>A possible break costing <paramref name="penalty"/> that adds <paramref name="width"/> when taken.</summary>
    public static Item Break(double width, double penalty, bool flagged) => new(ItemKind.Penalty, width, 0, 0, penalty, flagged);

    /// <summary>A discretionary hyphen: a flagged break that prints a hyphen of <paramref name="hyphenWidth"/>.</summary>
    public static Item Hyphen(double hyphenWidth, double penalty) => Break(hyphenWidth, penalty, true);

    /// <summary>A break that must happen (end of paragraph, hard line break).</summary>
    public static Item ForcedBreak() => Break(0, -Infinity, false);

    /// <summary>Forbids a break at the glue that follows.</summary>
    public static Item NoBreak() => Break(0, Infinity, false);
}
