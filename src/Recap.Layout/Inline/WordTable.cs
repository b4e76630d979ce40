namespace Recap.Layout.Inline;

/// <summary>
/// The words cut so far, by their characters, so each distinct word is one string however often it
/// recurs (a table of names, as a parser keeps): a book's words are mostly repeats, and a new string
/// for every word was the largest share of what layout allocated. A splitter's own, on one thread.
/// </summary>
internal sealed class WordTable
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string of <paramref name="text"/>: the one made when it was first seen.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (!_words.TryGetValue(text, out var word))
        {
            word = text.ToString();
            _words.Set.Add(word);
        }

        return word;
    }
}
