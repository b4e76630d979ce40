using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Recap.Fonts;
using Recap.Layout.Hyphenation;
using Recap.Model.Phrases;

namespace Recap.Layout.Inline;

/// <summary>
/// Prepare, part two: turns words into Knuth–Plass items. Each word becomes boxes, one per
/// piece of one style, face and direction, measured with the shaper that later draws them,
/// with penalties at its break points: explicit hyphens and Liang's points for prose, and,
/// at the split level the breaker asks for, token points or any point. Spaces become glue
/// that stretches and shrinks (justified) or the paper's ragged-right sequence.
/// </summary>
/// <param name="expansion">Font expansion of justified text as shares of a box's width (<see cref="FontExpansion"/>), or null.</param>
internal sealed class ParagraphPreparer(MeasureCache measures, ShapeCache shapes, Hyphenator? hyphenator, BreakOptions options, (double Stretch, double Shrink)? expansion)
{
    /// <summary>Cost of a break inside code or an address, at an identifier boundary: twice a discretionary hyphen's, no hyphen added.</summary>
    private const double TokenPenalty = 100;

    /// <summary>Cost of a break between any two characters: high, but below TeX's infinity so it can happen.</summary>
    private const double AnywherePenalty = 1000;

    /// <summary>How far a justified space may grow, as a share of its width: TeX's fonts give a half.</summary>
    private const double SpaceStretch = 1.0 / 2;

    /// <summary>
    /// How far a justified space may shrink, as a share of its width: a quarter, where TeX's fonts
    /// give a third. Font expansion supplies shrink of its own, and a line squeezed to two thirds
    /// of its spaces reads cramped beside loose ones (measured: 6.8 % tight lines at a third,
    /// 3.2 % at a quarter, on 20 generated talks).
    /// </summary>
    private const double SpaceShrink = 1.0 / 4;

    /// <summary>How far the room between two ideographs may grow in a justified line, in ems: a line without spaces justifies here.</summary>
    private const double InterCharacterStretchEm = 0.1;

    /// <summary>The ragged-right stretch at a line's end, in ems: plain TeX's \raggedright.</summary>
    private const double RaggedStretchEm = 2;

    // Scratch reused from paragraph to paragraph (a preparer serves one thread): the builder's
    // arrays, which only grow and are handed out as the paragraph, and the paragraph itself.
    private readonly Builder _builder = new();
    private readonly PreparedParagraph _prepared = new();
    private readonly Dictionary<int, BreakKind> _points = []; // looked up by position: no order needed
    private readonly List<(int Start, int End, FontFace Face)> _atoms = [];

    /// <summary>The paragraph's items, in this preparer's scratch: valid until it prepares the next.</summary>
    public PreparedParagraph Prepare(SplitParagraph paragraph, ParagraphFormat format, IReadOnlyDictionary<int, SplitLevel> levels)
    {
        var justified = format.Alignment == ParagraphAlignment.Justified;
        var builder = _builder;
        builder.Start(!justified, RaggedStretchEm * format.Size, justified ? expansion : null);
        if (format.FirstLineIndent > 0 && format.Alignment != ParagraphAlignment.Centered)
        {
            builder.Add(Item.Box(format.FirstLineIndent), -1);
        }

        var hyphenate = format.Hyphenate ? hyphenator : null;
        var words = paragraph.Words;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (word.BreakBefore)
            {
                builder.Add(Item.NoBreak(), -1);
                builder.Add(Item.Glue(0, double.PositiveInfinity, 0), -1);
                builder.Add(Item.ForcedBreak(), -1);
            }
            else if (word.SpaceBefore is { } space)
            {
                var width = measures.Measure(space.Fonts.Primary, space.Size, " ");
                if (w > 0 && Ties.Bind(words[w - 1].Text, word.Text))
                {
                    builder.AddTiedSpace(width);
                }
                else
                {
                    builder.AddSpace(width, space.Token);
                }
            }

            AddWord(builder, paragraph, w, word, levels.GetValueOrDefault(w), hyphenate);
        }

        builder.Add(Item.NoBreak(), -1);
        builder.Add(Item.Glue(0, double.PositiveInfinity, 0), -1);
        builder.Add(Item.ForcedBreak(), -1);
        builder.Hand(_prepared);
        return _prepared;
    }

    private void AddWord(Builder builder, SplitParagraph paragraph, int index, in ParagraphWord word, SplitLevel level, Hyphenator? hyphenate)
    {
        var text = word.Text;
        var rtl = Bidi.RightToLeftMask(text);
        var points = BreakPoints(word, level, rtl is null ? hyphenate : null);
        if (rtl is not null)
        {
            KeepRightToLeftWhole(points, rtl);
        }

        foreach (ref readonly var segment in paragraph.Segments(word))
        {
            if (segment.IsMark)
            {
                var face = segment.Faces.Length > 0 ? segment.Faces[0].Face : segment.Run.Style.Fonts.Primary;
                builder.AddBox(Piece(segment.Run.Text, 0, segment.Run.Text.Length, segment.Run.Style, face, TextDirection.LeftToRight, index, -1, segment.Run.FootnoteId));
                continue;
            }

            Atoms(segment, points, rtl, _atoms);
            foreach (var (start, end, face) in _atoms)
            {
                var direction = rtl is not null && rtl[start] ? TextDirection.RightToLeft : TextDirection.LeftToRight;
                var plainWord = FirstPlainWord(paragraph.PlainStarts(word), start, end);
                var piece = Piece(text, start, end - start, segment.Run.Style, face, direction, index, plainWord, null);
                builder.AddBox(piece);
                if (end < text.Length && points.TryGetValue(end, out var kind))
                {
                    points.Remove(end);
                    // A token broken after its own hyphen ends the line with one: it counts as hyphenated.
                    var afterDash = IsDash(text[end - 1]);
                    if (kind == BreakKind.Ideographic)
                    {
                        builder.AddInterCharacter(segment.Run.Style.Size * InterCharacterStretchEm);
                        continue;
                    }

                    builder.AddBreak(kind switch
                    {
                        BreakKind.ExplicitHyphen => Item.Break(0, options.ExHyphenPenalty, true),
                        BreakKind.Hyphen => Item.Hyphen(HyphenWidth(piece), options.HyphenPenalty),
                        BreakKind.Token => Item.Break(0, TokenPenalty, afterDash),
                        _ => Item.Break(0, AnywherePenalty, afterDash),
                    });
                }
            }
        }
    }

    /// <summary>Never break inside a right-to-left run: its pieces are reordered as a whole.</summary>
    private static void KeepRightToLeftWhole(Dictionary<int, BreakKind> points, bool[] rtl)
    {
        foreach (var point in points.Keys.Where(p => rtl[p - 1] && rtl[p]).ToList())
        {
            points.Remove(point);
        }
    }

    /// <summary>Where the word may break, by kind; the first kind found for a point wins.</summary>
    private Dictionary<int, BreakKind> BreakPoints(in ParagraphWord word, SplitLevel level, Hyphenator? hyphenate)
    {
        var text = word.Text;
        var points = _points;
        points.Clear();
        if (!word.IsToken)
        {
            // Parts end after each explicit hyphen or dash that has text on both sides.
            var partStart = 0;
            for (var i = 1; i < text.Length - 1; i++)
            {
                if (IsDash(text[i]) && !IsDash(text[i + 1]))
                {
                    AddHyphenationPoints(points, text, partStart, i + 1, hyphenate);
                    points.TryAdd(i + 1, BreakKind.ExplicitHyphen);
                    partStart = i + 1;
                }
            }

            AddHyphenationPoints(points, text, partStart, text.Length, hyphenate);
        }

        // Chinese and Japanese break between characters, as UAX #14 and the kinsoku rules allow.
        var ideographic = CjkBreaks.Points(text);
        for (var i = 0; i < ideographic.Count; i++)
        {
            points.TryAdd(ideographic[i], BreakKind.Ideographic);
        }

        // Code and addresses break at identifier boundaries (camelCase, _ . / …) from the start, at a cost.
        if (level >= SplitLevel.Sensible || word.IsToken)
        {
            for (var point = TokenSplitter.NextSensible(text, 0); point > 0; point = TokenSplitter.NextSensible(text, point))
            {
                points.TryAdd(point, BreakKind.Token);
            }
        }

        if (level >= SplitLevel.Anywhere)
        {
            foreach (var point in TokenSplitter.Anywhere(text))
            {
                points.TryAdd(point, BreakKind.Anywhere);
            }
        }

        return points;
    }

    private static void AddHyphenationPoints(Dictionary<int, BreakKind> points, string text, int start, int end, Hyphenator? hyphenator)
    {
        if (hyphenator is null)
        {
            return;
        }

        // Hyphenate the letters only: "(beautiful;" asks for "beautiful". The hyphenator itself
        // refuses acronyms, identifiers and anything with digits or symbols inside.
        while (start < end && !char.IsLetter(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        if (end - start < 2)
        {
            return;
        }

        var hyphens = hyphenator.Points(text.AsSpan(start, end - start));
        for (var i = 0; i < hyphens.Count; i++)
        {
            points.TryAdd(start + hyphens[i], BreakKind.Hyphen);
        }
    }

    /// <summary>Cuts a segment where its face or direction changes and at the word's break points, into <paramref name="atoms"/>.</summary>
    private static void Atoms(in WordSegment segment, Dictionary<int, BreakKind> points, bool[]? rtl, List<(int Start, int End, FontFace Face)> atoms)
    {
        atoms.Clear();
        var segmentEnd = segment.Offset + segment.Length;
        foreach (var faceRun in segment.Faces)
        {
            var start = segment.Offset + faceRun.Start;
            var end = start + faceRun.Length;
            var pieceStart = start;
            for (var i = start + 1; i < end; i++)
            {
                if (points.ContainsKey(i) || (rtl is not null && rtl[i] != rtl[i - 1]))
                {
                    atoms.Add((pieceStart, i, faceRun.Face));
                    pieceStart = i;
                }
            }

            atoms.Add((pieceStart, Math.Min(end, segmentEnd), faceRun.Face));
        }
    }

    /// <summary>The first plain-text word that begins in the word's text [start, end), or −1.</summary>
    private static int FirstPlainWord(ReadOnlySpan<(int Offset, int PlainWord)> plainStarts, int start, int end)
    {
        foreach (var (offset, plainWord) in plainStarts)
        {
            if (offset >= start && offset < end)
            {
                return plainWord;
            }
        }

        return -1;
    }

    private Piece Piece(string source, int start, int length, RunStyle style, FontFace face, TextDirection direction, int word, int plainWord, string? footnoteId)
    {
        var text = source.AsSpan(start, length);
        var width = direction == TextDirection.RightToLeft
            ? shapes.Shape(face, style.Size, text, direction).Width
            : measures.Measure(face, style.Size, text);
        return new Piece(source, start, length, style, face, direction, width, word, plainWord, footnoteId);
    }

    private double HyphenWidth(Piece piece)
    {
        var face = piece.Face.HasGlyph('-') ? piece.Face : piece.Style.Fonts.Primary;
        return measures.Measure(face, piece.Style.Size, "-");
    }

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2013' or '\u2014';

    /// <summary>
    /// Accumulates items, the pieces of text, and the piece each box stands for, straight into
    /// arrays that only grow (one builder per preparer): a paragraph is prepared thousands of
    /// times a book, and lists copied into arrays cost a copy each time.
    /// </summary>
    private sealed class Builder
    {
        private Item[] _items = new Item[256];
        private int[] _pieceOf = new int[256];
        private Piece[] _pieces = new Piece[64];
        private int _itemCount;
        private int _pieceCount;
        private bool _ragged;
        private double _raggedStretch;
        private (double Stretch, double Shrink)? _expansion;

        public void Start(bool ragged, double raggedStretch, (double Stretch, double Shrink)? expansion)
        {
            (_ragged, _raggedStretch, _expansion) = (ragged, raggedStretch, expansion);
            (_itemCount, _pieceCount) = (0, 0);
        }

        /// <summary>Points <paramref name="prepared"/> at what was built since <see cref="Start"/>.</summary>
        public void Hand(PreparedParagraph prepared) => prepared.Refill(
            new ArraySegment<Item>(_items, 0, _itemCount), new ArraySegment<int>(_pieceOf, 0, _itemCount), new ArraySegment<Piece>(_pieces, 0, _pieceCount));

        public void Add(Item item, int piece)
        {
            if (_itemCount == _items.Length)
            {
                Array.Resize(ref _items, _itemCount * 2);
                Array.Resize(ref _pieceOf, _itemCount * 2);
            }

            _items[_itemCount] = item;
            _pieceOf[_itemCount] = piece;
            _itemCount++;
        }

        public void AddBox(in Piece piece)
        {
            if (_pieceCount == _pieces.Length)
            {
                Array.Resize(ref _pieces, _pieceCount * 2);
            }

            _pieces[_pieceCount++] = piece;
            Add(_expansion is var (stretch, shrink) ? Item.Box(piece.Width, piece.Width * stretch, piece.Width * shrink) : Item.Box(piece.Width), _pieceCount - 1);
        }

        /// <param name="fixedWidth">A space inside code keeps its width: justification stretches only the spaces between words.</param>
        public void AddSpace(double width, bool fixedWidth)
        {
            if (fixedWidth && !_ragged)
            {
                Add(Item.Glue(width, 0, 0), -1);
            }
            else if (_ragged)
            {
                // Breaking at the penalty leaves R of stretch on this line and drops the −R
                // glue with the next line's start; not breaking, the two glues cancel out.
                Add(Item.Glue(0, _raggedStretch, 0), -1);
                Add(Item.Break(0, 0, false), -1);
                Add(Item.Glue(width, -_raggedStretch, 0), -1);
            }
            else
            {
                Add(Item.Glue(width, width * SpaceStretch, width * SpaceShrink), -1);
            }
        }

        /// <summary>A space no line may break at (a number and its unit, after "Fig."): it still stretches when justified.</summary>
        public void AddTiedSpace(double width)
        {
            Add(Item.NoBreak(), -1);
            Add(_ragged ? Item.Glue(width, 0, 0) : Item.Glue(width, width * SpaceStretch, width * SpaceShrink), -1);
        }

        /// <summary>A free break between ideographs: no width; in justified text it stretches, so a line without spaces fills its measure.</summary>
        public void AddInterCharacter(double stretch)
        {
            if (_ragged)
            {
                AddBreak(Item.Break(0, 0, false));
            }
            else
            {
                Add(Item.Glue(0, stretch, 0), -1);
            }
        }

        public void AddBreak(Item penalty)
        {
            if (_ragged)
            {
                // The paper's ragged-right discretionary: the line gets R of stretch only if it breaks here.
                Add(Item.NoBreak(), -1);
                Add(Item.Glue(0, _raggedStretch, 0), -1);
                Add(penalty, -1);
                Add(Item.Glue(0, -_raggedStretch, 0), -1);
            }
            else
            {
                Add(penalty, -1);
            }
        }
    }
}
