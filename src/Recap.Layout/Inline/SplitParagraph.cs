using System.Runtime.InteropServices;

namespace Recap.Layout.Inline;

/// <summary>
/// A paragraph cut into words by <see cref="WordSplitter"/>: the words in order, and the segments and
/// plain-text word starts they point into, each kind in one list. The splitter's scratch, refilled for
/// each paragraph (valid until it splits the next): a book has hundreds of thousands of words, and a
/// word object with two lists of its own for each was a fifth of what layout allocated.
/// </summary>
internal sealed class SplitParagraph
{
    private readonly List<ParagraphWord> _words = [];
    private readonly List<WordSegment> _segments = [];
    private readonly List<(int Offset, int PlainWord)> _plainStarts = [];
    private int _wordSegments; // where the open word's segments and plain starts begin
    private int _wordPlainStarts;

    public IReadOnlyList<ParagraphWord> Words => _words;

    /// <summary>The segments of <paramref name="word"/>, in order.</summary>
    public ReadOnlySpan<WordSegment> Segments(in ParagraphWord word) => CollectionsMarshal.AsSpan(_segments)[word.Segments];

    /// <summary>Offsets in the word's text where a word of the plain text begins, with its index.</summary>
    public ReadOnlySpan<(int Offset, int PlainWord)> PlainStarts(in ParagraphWord word) => CollectionsMarshal.AsSpan(_plainStarts)[word.PlainStarts];

    public void Clear()
    {
        _words.Clear();
        _segments.Clear();
        _plainStarts.Clear();
        (_wordSegments, _wordPlainStarts) = (0, 0);
    }

    /// <summary>Adds a segment to the word being cut.</summary>
    public void AddSegment(in WordSegment segment) => _segments.Add(segment);

    /// <summary>Records that plain-text word <paramref name="plainWord"/> begins at <paramref name="offset"/> in the word being cut.</summary>
    public void AddPlainStart(int offset, int plainWord) => _plainStarts.Add((offset, plainWord));

    /// <summary>Closes the word being cut: the segments and plain starts added since the last one are its.</summary>
    public void AddWord(string text, RunStyle? spaceBefore, bool breakBefore, bool isToken)
    {
        _words.Add(new ParagraphWord(text, spaceBefore, breakBefore, isToken, _wordSegments.._segments.Count, _wordPlainStarts.._plainStarts.Count));
        (_wordSegments, _wordPlainStarts) = (_segments.Count, _plainStarts.Count);
    }
}
