namespace Recap.Model.Phrases;

/// <summary>How Recap joins words into phrases, the same in every output, in the phrases' language.</summary>
public static class Words
{
    /// <summary>Between names where "and" would read as part of a name: the same sign in every language.</summary>
    public const string Ampersand = "&";

    /// <summary>"A", "A and B", "A, B and C": names as a sentence lists them (no serial comma), in the phrases' language.</summary>
    public static string NameList(IReadOnlyList<string> names, PhraseSet? phrases = null) => Join(names, (phrases ?? PhraseSet.English).And);

    /// <summary>"A", "A &amp; B", "A, B &amp; C": names as a byline lists them, where "and" would read as part of a name.</summary>
    public static string BylineList(IReadOnlyList<string> names) => Join(names, Ampersand);

    /// <summary>
    /// Between two speakers of a byline that gives each one's handle and affiliation after a comma: the
    /// ampersand alone, since a comma there would read as one more affiliation.
    /// </summary>
    public static string BylineSeparator => $" {Ampersand} ";

    /// <summary>"Bently Reserve, San Francisco": where the event took place, or "" when the content does not say.</summary>
    public static string Place(EventInfo? info) => Commas(info?.Venue, info?.City);

    /// <summary>
    /// "GopherFest, Bently Reserve, San Francisco, 6 August 2016": the event line, with whatever the
    /// content gives of the event's name, venue, city and date (in the phrases' language); "" when it gives none.
    /// </summary>
    public static string EventLine(BookMeta meta, PhraseSet phrases) =>
        Commas(meta.Event?.Name, meta.Event?.Venue, meta.Event?.City, meta.Date is { } date ? phrases.LongDate(date) : null);

    private static string Commas(params string?[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static string Join(IReadOnlyList<string> names, string conjunction) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} {conjunction} {names[^1]}",
    };
}
