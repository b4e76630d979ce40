namespace Recap.Model.TextRules;

/// <summary>
/// What a word is for the page list, where the booklet's page map and the ebook's page-break
/// markers must agree: a run of characters between white space (no-break spaces included), counted
/// in the plain text of a node (<see cref="InlineText.Plain"/>, a code block's text). Fed one
/// character at a time, in order; <see cref="Index"/> is the index of the last word begun.
/// </summary>
public sealed class PlainWords
{
    private bool _inWord;
    private int _begun;

    /// <summary>The index of the word the last character began or continued; −1 before the first.</summary>
    public int Index => _begun - 1;

    /// <summary>Counts the character; true when it begins a word.</summary>
    public bool Begins(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            _inWord = false;
            return false;
        }

        if (_inWord)
        {
            return false;
        }

        _inWord = true;
        _begun++;
        return true;
    }

    /// <summary>A separation that is not a character of the text (a line break, a code line's end): the next character begins a word.</summary>
    public void Separate() => _inWord = false;
}
