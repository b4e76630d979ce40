namespace Recap.Layout.Inline;

/// <summary>The text a box of <see cref="ParagraphItems"/> stands for: <c>Length</c> characters of word <c>Word</c> from <c>Start</c>.</summary>
public readonly record struct WordPiece(int Word, int Start, int Length)
{
    /// <summary>Glue, penalties and the indent stand for no text.</summary>
    public static WordPiece None { get; } = new(-1, 0, 0);
}
