namespace Recap.Model.Phrases;

/// <summary>How Recap joins words into phrases, the same in every output (and where a language's own rules will go).</summary>
public static class Words
{
    /// <summary>"A", "A and B", "A, B and C": names as a sentence lists them (no serial comma), in the phrases' language.</summary>
    public static string NameList(IReadOnlyList<string> names, PhraseSet? phrases = null) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} {(phrases ?? PhraseSet.English).And} {names[^1]}",
    };
}
