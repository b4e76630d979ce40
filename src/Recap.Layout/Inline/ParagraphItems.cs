using System.Collections.Immutable;
using System.Text;
using Recap.Layout.Hyphenation;

namespace Recap.Layout.Inline;

/// <summary>
/// A paragraph of words turned into boxes, glue and penalties: spaces as glue, hyphenation
/// points as flagged penalties that print a hyphen, breaks after explicit hyphens and dashes,
/// and the paper's ending <c>penalty(∞) glue(0, ∞, 0) penalty(−∞)</c> for a ragged last line.
/// </summary>
public sealed class ParagraphItems
{
    private ParagraphItems(IReadOnlyList<string> words, ImmutableArray<Item> items, ImmutableArray<WordPiece> pieces)
    {
        Words = words;
        Items = items;
        Pieces = pieces;
    }

    public IReadOnlyList<string> Words { get; }

    public ImmutableArray<Item> Items { get; }

    /// <summary>For each item, the text it stands for (<see cref="WordPiece.None"/> for all but word boxes).</summary>
    public ImmutableArray<WordPiece> Pieces { get; }

    /// <summary>
    /// Builds the items for <paramref name="words"/> (separated by one space each, as they
    /// come from the text), measuring pieces with <paramref name="measure"/> (also asked for
    /// the hyphen, "-"). Hyphenation points come from <paramref name="hyphenator"/>, applied
    /// to each word without its leading and trailing punctuation, and to each part of a word
    /// with explicit hyphens; the penalties come from <paramref name="options"/>.
    /// </summary>
    public static ParagraphItems Build(
        IReadOnlyList<string> words, Func<string, double> measure, ParagraphSpacing spacing, BreakOptions options, Hyphenator? hyphenator = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(spacing);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new Builder(measure, spacing, options, hyphenator);
        if (spacing.Indent > 0)
        {
            builder.Add(Item.Box(spacing.Indent), WordPiece.None);
        }

        for (var w = 0; w < words.Count; w++)
        {
            if (w > 0)
            {
                builder.AddSpace();
            }

            builder.AddWord(w, words[w]);
        }

        builder.Add(Item.NoBreak(), WordPiece.None);
        builder.Add(Item.Glue(0, double.PositiveInfinity, 0), WordPiece.None);
        builder.Add(Item.ForcedBreak(), WordPiece.None);
        return new ParagraphItems(words, builder.Items.ToImmutable(), builder.Pieces.ToImmutable());
    }

    /// <summary>
    /// The text of each line for the given breakpoints: words joined by one space, with a
    /// hyphen where a line breaks at a penalty that prints one (for tests, logs and fixtures).
    /// </summary>
    public IReadOnlyList<string> LineTexts(IReadOnlyList<int> breakpoints)
    {
        ArgumentNullException.ThrowIfNull(breakpoints);
        var texts = new List<string>(breakpoints.Count);
        var start = 0;
        foreach (var end in breakpoints)
        {
            var text = new StringBuilder();
            var lastWord = -1;
            for (var i = start; i < end; i++)
            {
                var piece = Pieces[i];
                if (piece.Word < 0)
                {
                    continue;
                }

                if (lastWord >= 0 && piece.Word != lastWord)
                {
                    text.Append(' ');
                }

                text.Append(Words[piece.Word], piece.Start, piece.Length);
                lastWord = piece.Word;
            }

            if (Items[end].Kind == ItemKind.Penalty && Items[end].Width > 0)
            {
                text.Append('-');
            }

            texts.Add(text.ToString());
            start = end + 1;
        }

        return texts;
    }

    private sealed class Builder(Func<string, double> measure, ParagraphSpacing spacing, BreakOptions options, Hyphenator? hyphenator)
    {
        private readonly double _raggedStretch = spacing.RaggedStretch > 0 ? spacing.RaggedStretch : 6 * spacing.SpaceWidth;
        private double? _hyphenWidth;

        public ImmutableArray<Item>.Builder Items { get; } = ImmutableArray.CreateBuilder<Item>();

        public ImmutableArray<WordPiece>.Builder Pieces { get; } = ImmutableArray.CreateBuilder<WordPiece>();

        public void Add(Item item, WordPiece piece)
        {
            Items.Add(item);
            Pieces.Add(piece);
        }

        public void AddSpace()
        {
            if (spacing.RaggedRight)
            {
                // Breaking at the penalty leaves R of stretch on this line and drops the −R
                // glue with the next line's start; not breaking, the two glues cancel out.
                Add(Item.Glue(0, _raggedStretch, 0), WordPiece.None);
                Add(Item.Break(0, 0, false), WordPiece.None);
                Add(Item.Glue(spacing.SpaceWidth, -_raggedStretch, 0), WordPiece.None);
            }
            else
            {
                Add(Item.Glue(spacing.SpaceWidth, spacing.SpaceStretch, spacing.SpaceShrink), WordPiece.None);
            }
        }

        public void AddWord(int index, string word)
        {
            // Parts end after each explicit hyphen or dash that has text on both sides.
            var partStart = 0;
            for (var i = 0; i < word.Length; i++)
            {
                if (i > 0 && i < word.Length - 1 && IsDash(word[i]) && !IsDash(word[i + 1]))
                {
                    AddPart(index, word, partStart, i + 1);
                    AddBreak(Item.Break(0, options.ExHyphenPenalty, true));
                    partStart = i + 1;
                }
            }

            AddPart(index, word, partStart, word.Length);
        }

        private void AddPart(int index, string word, int start, int end)
        {
            // Hyphenate the letters only: "(beautiful;" asks for "beautiful".
            var coreStart = start;
            var coreEnd = end;
            while (coreStart < coreEnd && !char.IsLetter(word[coreStart]))
            {
                coreStart++;
            }

            while (coreEnd > coreStart && !char.IsLetter(word[coreEnd - 1]))
            {
                coreEnd--;
            }

            var points = hyphenator is null || coreEnd - coreStart < 2
                ? []
                : hyphenator.Points(word[coreStart..coreEnd]);
            var pieceStart = start;
            foreach (var point in points)
            {
                var at = coreStart + point;
                AddBox(index, word, pieceStart, at);
                _hyphenWidth ??= measure("-");
                AddBreak(Item.Hyphen(_hyphenWidth.Value, options.HyphenPenalty));
                pieceStart = at;
            }

            AddBox(index, word, pieceStart, end);
        }

        private void AddBox(int index, string word, int start, int end) =>
            Add(Item.Box(measure(word[start..end])), new WordPiece(index, start, end - start));

        private void AddBreak(Item penalty)
        {
            if (spacing.RaggedRight)
            {
                // The paper's ragged-right discretionary: the line gets R of stretch only if it breaks here.
                Add(Item.NoBreak(), WordPiece.None);
                Add(Item.Glue(0, _raggedStretch, 0), WordPiece.None);
                Add(penalty, WordPiece.None);
                Add(Item.Glue(0, -_raggedStretch, 0), WordPiece.None);
            }
            else
            {
                Add(penalty, WordPiece.None);
            }
        }

        private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2013' or '\u2014';
    }
}
