using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Styles;

namespace Recap.Layout.Inline;

/// <summary>
/// Finalize, the last stage: turns each positioned line into a <see cref="LineBox"/>. Pieces
/// that touch and share style and face become one glyph run; a right-to-left run is mirrored
/// in place (drawn in visual order, kept in logical order for reading), and a right-to-left
/// paragraph's whole line, its left-to-right runs mirrored back; a hyphen is drawn after
/// the last piece of a hyphenated line; a link gets one clickable area per line it spans; a
/// centred line is shifted to the middle. A word followed by a space (between words, or at a
/// line's end that is not a hyphenation) carries a space glyph, so copied and tagged text has its
/// words apart; the hyphen a break adds is page furniture (an artifact), so the tagged text reads
/// the broken word whole.
/// </summary>
internal sealed class LineFinisher(Theme theme, ShapeCache shapes, ParagraphFormat format, StructureElement element)
{
    private const double Touching = 1e-6;

    // Scratch, line to line and paragraph to paragraph (a finisher is made for each paragraph, on the layouter's thread).
    [ThreadStatic]
    private static List<Slot>? t_slots;
    [ThreadStatic]
    private static List<char>? t_text;
    [ThreadStatic]
    private static List<GlyphRun>? t_runs;

    public IReadOnlyList<LineBox> Finish(PreparedParagraph paragraph, IReadOnlyList<PositionedLine> lines)
    {
        var boxes = new List<LineBox>(lines.Count);
        var rightToLeft = Bidi.IsRightToLeft(paragraph.Pieces);
        // By index: a foreach over the interface would box its enumerator, once a paragraph.
        for (var i = 0; i < lines.Count; i++)
        {
            boxes.Add(Finish(paragraph, lines[i], i, rightToLeft));
        }

        return boxes;
    }

    private LineBox Finish(PreparedParagraph paragraph, in PositionedLine line, int index, bool rightToLeft)
    {
        var first = index == 0;
        var slots = t_slots ??= [];
        slots.Clear();
        for (var i = 0; i < line.Items.Count; i++)
        {
            var placed = line.Items[i];
            var piece = paragraph.PieceOf[placed.Index];
            if (piece >= 0)
            {
                var expandable = paragraph.Items[placed.Index].Stretch > 0 || paragraph.Items[placed.Index].Shrink > 0;
                slots.Add(new Slot(paragraph.Pieces[piece], placed.X, placed.Width, expandable ? 1 + line.Expansion : 1, SpaceFollows(paragraph, placed.Index)));
            }
        }

        var breakItem = paragraph.Items[line.Break];
        var hyphenated = breakItem.Kind == ItemKind.Penalty && breakItem.Width > 0 && slots.Count > 0;
        var hyphenAt = hyphenated ? slots[^1].X + slots[^1].Width : 0;
        var right = Math.Max(hyphenAt + (hyphenated ? breakItem.Width * (1 + line.Expansion) : 0), slots.Count > 0 ? slots[^1].X + slots[^1].Width : 0);
        var centered = format.Alignment == ParagraphAlignment.Centered;
        var shift = centered ? Math.Max(0, (line.Measure - right) / 2) : 0;
        if (rightToLeft)
        {
            // The whole line is mirrored within its width (a short line ends flush right; what hangs into
            // one margin hangs into the other), then each left-to-right run mirrored back within its own
            // span (UAX #9 rule L2 at paragraph level 1).
            var width = centered ? right : format.Widths?[index] ?? format.Measure;
            if (hyphenated)
            {
                // The added hyphen moves with its word: one more slot of the last piece, while reordering.
                slots.Add(slots[^1] with { X = hyphenAt, Width = breakItem.Width * (1 + line.Expansion), SpaceAfter = false });
            }

            Mirror(slots, 0, slots.Count - 1, 0, width);
            Reorder(slots, TextDirection.LeftToRight);
            if (hyphenated)
            {
                hyphenAt = slots[^1].X;
                slots.RemoveAt(slots.Count - 1);
            }

            right = width;
        }
        else
        {
            Reorder(slots, TextDirection.RightToLeft);
        }

        var runs = t_runs ??= [];
        runs.Clear();
        var metrics = new LineMetrics(format.Size, Primary());

        // The label comes first in the content stream too, so text extraction reads "5. Fifth", not "Fifth 5.".
        if (first && format.Label is { } label)
        {
            AddLabel(label, runs, ref metrics);
        }

        for (var i = 0; i < slots.Count;)
        {
            // Touching left-to-right pieces of one style and face draw as one run.
            var start = slots[i];
            var end = i + 1;
            while (end < slots.Count && CanJoin(slots[end - 1], slots[end]))
            {
                end++;
            }

            var space = slots[end - 1].SpaceAfter && start.Piece.Face.HasGlyph(' ');
            var text = end == i + 1 && !space ? start.Piece.Text : Joined(slots, i, end, space);
            var x = start.X + shift;
            if (space && start.Piece.Direction == TextDirection.RightToLeft)
            {
                // Shaped right to left, the space comes first: it goes into the gap on the word's left.
                x -= shapes.Shape(start.Piece.Face, start.Piece.Style.Size, " ", TextDirection.LeftToRight).Width * start.Scale;
            }

            var piece = start.Piece;
            runs.Add(Run(piece.Style, piece.Face, text, piece.Direction, x, piece.Style.Link ?? element, ref metrics, start.Scale));
            i = end;
        }

        if (hyphenated && LogicalLast(paragraph, line) is { } last)
        {
            var face = last.Face.HasGlyph('-') ? last.Face : last.Style.Fonts.Primary;
            // Not part of the text: tagged text and screen readers read the broken word whole.
            runs.Add(Run(last.Style, face, "-", TextDirection.LeftToRight, hyphenAt + shift, null, ref metrics, 1 + line.Expansion));
        }

        // The line keeps an array of its runs' exact size: a builder's would be new for each line, and mostly empty.
        return new LineBox(
            metrics.Ascent, metrics.Descent, right + shift, ImmutableArray.Create(CollectionsMarshal.AsSpan(runs)), LinkAreas(slots, shift, metrics), FirstWord(slots), Footnotes(slots), hyphenated);
    }

    /// <summary>
    /// Whether a space follows the box at <paramref name="index"/>: glue with width before the next box
    /// (on this line or, at its end, after the break), or a forced break inside the paragraph.
    /// </summary>
    private static bool SpaceFollows(PreparedParagraph paragraph, int index)
    {
        var items = paragraph.Items;
        for (var i = index + 1; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Box)
            {
                return false;
            }

            if ((item.Kind == ItemKind.Glue && item.Width > 0) || (item.IsForcedBreak && i < items.Count - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text of slots [<paramref name="start"/>, <paramref name="end"/>), and a word space after it when
    /// <paramref name="space"/>, in the scratch buffer: the shape cache finds it by span, so no string is made.
    /// </summary>
    private static ReadOnlySpan<char> Joined(List<Slot> slots, int start, int end, bool space)
    {
        var text = t_text ??= [];
        text.Clear();
        for (var i = start; i < end; i++)
        {
            text.AddRange(slots[i].Piece.Text);
        }

        if (space)
        {
            text.Add(' ');
        }

        return CollectionsMarshal.AsSpan(text);
    }

    /// <summary>The first plain-text word that begins on the line, or −1.</summary>
    private static int FirstWord(List<Slot> slots)
    {
        var first = -1;
        foreach (var slot in slots)
        {
            if (slot.Piece.PlainWord >= 0 && (first < 0 || slot.Piece.PlainWord < first))
            {
                first = slot.Piece.PlainWord;
            }
        }

        return first;
    }

    private static ImmutableArray<string> Footnotes(List<Slot> slots)
    {
        var footnotes = ImmutableArray<string>.Empty;
        foreach (var slot in slots)
        {
            if (slot.Piece.FootnoteId is { } id)
            {
                footnotes = footnotes.Add(id);
            }
        }

        return footnotes;
    }

    private GlyphRun Run(RunStyle style, FontFace face, ReadOnlySpan<char> text, TextDirection direction, double x, StructureElement? tag, ref LineMetrics metrics, double scale = 1)
    {
        var shaped = shapes.Shape(face, style.Size, text, direction);
        metrics.Include(face, style.Size, style.Rise);
        return new GlyphRun(new Point(x, -style.Rise), shapes.Set(theme.Fonts.Book, shaped, style.Color, scale), tag);
    }

    private static bool CanJoin(Slot previous, Slot next) =>
        !previous.SpaceAfter
        && previous.Piece.Direction == TextDirection.LeftToRight
        && next.Piece.Direction == TextDirection.LeftToRight
        && ReferenceEquals(previous.Piece.Face, next.Piece.Face)
        && previous.Piece.Style == next.Piece.Style
        && previous.Scale == next.Scale
        && Math.Abs(previous.X + previous.Width - next.X) < Touching;

    /// <summary>The piece the break follows, in logical order (visual reordering may have moved it).</summary>
    private static Piece? LogicalLast(PreparedParagraph paragraph, in PositionedLine line)
    {
        for (var i = line.Items.Count - 1; i >= 0; i--)
        {
            var piece = paragraph.PieceOf[line.Items[i].Index];
            if (piece >= 0)
            {
                return paragraph.Pieces[piece];
            }
        }

        return null;
    }

    /// <summary>
    /// UAX #9 rule L2 for one level of embedding: each maximal sequence of pieces running against the
    /// paragraph (<paramref name="against"/>, with neutral pieces such as a comma between them) is
    /// mirrored within the space it takes. The slots keep their logical order: only their places change.
    /// </summary>
    private static void Reorder(List<Slot> slots, TextDirection against)
    {
        // A run begins and ends with a strong piece: a comma or number at its edge takes the paragraph's direction (rule N2).
        bool Strong(Slot slot) => slot.Piece.Direction == against && (against == TextDirection.RightToLeft || !Bidi.IsNeutral(slot.Piece.Text));
        for (var i = 0; i < slots.Count; i++)
        {
            if (!Strong(slots[i]))
            {
                continue;
            }

            var last = i;
            for (var j = i + 1; j < slots.Count; j++)
            {
                if (Strong(slots[j]))
                {
                    last = j;
                }
                else if (!Bidi.IsNeutral(slots[j].Piece.Text))
                {
                    break;
                }
            }

            var left = Math.Min(slots[i].X, slots[last].X);
            var right = Math.Max(slots[i].X + slots[i].Width, slots[last].X + slots[last].Width);
            Mirror(slots, i, last, left, right);
            i = last;
        }
    }

    /// <summary>Mirrors the places of slots <paramref name="from"/> to <paramref name="to"/> within [left, right].</summary>
    private static void Mirror(List<Slot> slots, int from, int to, double left, double right)
    {
        for (var k = from; k <= to; k++)
        {
            slots[k] = slots[k] with { X = left + right - slots[k].X - slots[k].Width };
        }
    }

    private void AddLabel(ParagraphLabel label, List<GlyphRun> runs, ref LineMetrics metrics)
    {
        var fonts = WeightedChains.For(theme.Fonts, format.Weight, label.Bold, format.Italic);
        var style = new RunStyle(fonts, format.Size, label.Color ?? format.Color ?? theme.TextColor, 0, false, null, null);
        var x = -label.Hang;
        foreach (var run in fonts.Split(label.Text).Runs)
        {
            var text = label.Text.AsSpan(run.Start, run.Length);
            runs.Add(Run(style, run.Face, text, TextDirection.LeftToRight, x, label.Element ?? element, ref metrics));
            x += shapes.Shape(run.Face, format.Size, text, TextDirection.LeftToRight).Width;
        }
    }

    /// <summary>One clickable area for each link on the line, over its words: none on most lines, and then no array.</summary>
    private static ImmutableArray<FrameItem> LinkAreas(List<Slot> slots, double shift, in LineMetrics metrics)
    {
        if (!slots.Exists(s => s.Piece.Style.Link is not null))
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<FrameItem>();
        foreach (var link in slots.Where(s => s.Piece.Style.Link is not null).GroupBy(s => s.Piece.Style.Link!))
        {
            var left = link.Min(s => s.X) + shift;
            var right = link.Max(s => s.X + s.Width) + shift;
            var area = new Rect(left, -metrics.Ascent, right - left, metrics.Ascent + metrics.Descent);
            items.Add(new LinkItem(area, link.First().Piece.Style.Target!, link.Key));
        }

        return items.DrainToImmutable();
    }

    private FontFace Primary() => Chain().Primary;

    private FontChain Chain() => WeightedChains.For(theme.Fonts, format.Weight, false, format.Italic);

    /// <param name="Scale">The horizontal scale of its glyphs: 1, or the line's font expansion.</param>
    /// <param name="SpaceAfter">A word space follows it (on this line, or at a line end that is not a hyphenation).</param>
    private readonly record struct Slot(Piece Piece, double X, double Width, double Scale, bool SpaceAfter);

    /// <summary>The line's height above and depth below the baseline, from every face drawn on it (at least the base face's). A value: one a line.</summary>
    private struct LineMetrics
    {
        public LineMetrics(double size, FontFace face) => Include(face, size, 0);

        public double Ascent { get; private set; }

        public double Descent { get; private set; }

        public void Include(FontFace face, double size, double rise)
        {
            Ascent = Math.Max(Ascent, face.ToPoints(face.Ascender, size) + rise);
            Descent = Math.Max(Descent, face.ToPoints(-face.Descender, size) - rise);
        }
    }
}
