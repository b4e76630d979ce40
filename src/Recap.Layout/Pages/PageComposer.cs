using System.Collections.Immutable;
using System.Globalization;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Layout.Pages;

/// <summary>
/// Turns page bodies into frames: the text block's boxes at the page's margins (inner and outer
/// swap between rectos and versos), the footnotes at the foot of the text block under a short
/// rule, and the furniture, all artifacts: a running head (verso: the book's title; recto: the
/// write-up's title) and the folio at the outer foot. Openers and blank pages carry neither.
/// Every page it emits is checked (<see cref="TextBlockCheck"/>): what the text block holds stays
/// inside it, and whatever does not is a warning at the write-up's source, never ink off the paper.
/// </summary>
/// <param name="bookSource">Where warnings about pages before the first write-up point (the book file).</param>
public sealed class PageComposer(Theme theme, string bookTitle, DiagnosticBag diagnostics, SourceSpan bookSource)
{
    // A running head keeps clear of the other side of the head line (where a spread's opposite
    // head sits in the reader's eye): at most this share of the measure.
    private const double MaxHeadShare = 0.8;

    public Page Compose(PageBody body, int number) => Compose(body, number, check: true);

    /// <summary>
    /// The page <see cref="Compose"/> makes of a body <see cref="InkInside"/> has found inside its text block,
    /// without measuring its ink again: the booklet composes such pages only when the exporter reaches them.
    /// </summary>
    public Page ComposeInside(PageBody body, int number) => Compose(body, number, check: false);

    /// <summary>
    /// Whether every box of the body puts its ink inside the page's text block, from each box's ink as
    /// measured apart (<see cref="FlowBox.Ink"/>) and where the page places it: then <see cref="Compose"/>
    /// finds nothing to report or leave out. A box near the tolerance counts as outside, so a page this
    /// finds inside is one the item-by-item check finds inside too, whatever the order of the sums.
    /// </summary>
    public bool InkInside(PageBody body, int number)
    {
        var block = theme.TextBlock(number);
        foreach (var placed in body.Boxes)
        {
            if (!TextBlockCheck.SurelyInside(placed.Box.Ink(theme.Fonts.Book), new Point(block.X, block.Y + placed.Y), block))
            {
                return false;
            }
        }

        if (body.Footnotes.IsEmpty)
        {
            return true;
        }

        var (rule, y) = FootnoteRule(body, block);
        if (InkBounds.Of(rule, theme.Fonts.Book) is { } ink && !TextBlockCheck.SurelyInside(ink, default, block))
        {
            return false;
        }

        foreach (var note in body.Footnotes)
        {
            if (!TextBlockCheck.SurelyInside(note.Ink(theme.Fonts.Book), new Point(block.X, y), block))
            {
                return false;
            }

            y += note.Height;
        }

        return true;
    }

    private Page Compose(PageBody body, int number, bool check)
    {
        var block = theme.TextBlock(number);
        var furniture = !body.IsBlank && !body.Opens;
        // Room for every item the page can have (boxes; notes and their rule; running head and folio), so
        // the page's array is made once, at its size, unless the page lacks a running head.
        var items = ImmutableArray.CreateBuilder<FrameItem>(body.Boxes.Length + (body.Footnotes.IsEmpty ? 0 : body.Footnotes.Length + 1) + (furniture ? 2 : 0));
        foreach (var placed in body.Boxes)
        {
            items.Add(new GroupItem(new Point(block.X, block.Y + placed.Y), placed.Box.Items));
        }

        AddFootnotes(body, block, items);
        if (check && !TextBlockCheck.AllInside(items, block, theme.Fonts.Book))
        {
            // Only a page with ink outside its block loses its groups: the check keeps or drops single items.
            var (kept, outside) = TextBlockCheck.Check(FrameItems.Flatten(items), block, theme.Paper, theme.Fonts.Book);
            Report(body, number, block, outside);
            items.Clear();
            items.AddRange(kept);
        }

        if (furniture)
        {
            AddRunningHead(body, number, block, items);
            items.Add(Folio(number));
        }

        return new Page(theme.Paper, items.DrainToImmutable(), PageMap.Label(number));
    }

    private void AddFootnotes(PageBody body, Rect block, ImmutableArray<FrameItem>.Builder items)
    {
        if (body.Footnotes.IsEmpty)
        {
            return;
        }

        var (rule, y) = FootnoteRule(body, block);
        items.Add(rule);
        foreach (var note in body.Footnotes)
        {
            items.Add(new GroupItem(new Point(block.X, y), note.Items));

            y += note.Height;
        }
    }

    /// <summary>The short rule above the notes, and where the first note's box begins.</summary>
    private (ShapeItem Rule, double Y) FootnoteRule(PageBody body, Rect block)
    {
        var height = body.Footnotes.Sum(n => n.Height);
        var y = block.Bottom - height;
        var ruleY = y - (theme.FootnoteLeading * 0.5);
        var rule = new ShapeItem(
            ShapePath.Line(new Point(block.X, ruleY), new Point(block.X + (block.Width * 0.3), ruleY)),
            null,
            new Stroke(theme.RuleColor, 0.5),
            null);
        return (rule, y);
    }

    private void Report(PageBody body, int number, Rect block, List<(FrameItem Item, Rect Ink)> outside)
    {
        var (item, ink) = outside[0];
        var what = item is GlyphRunItem run ? $"the text \"{run.Shaped.Text.Trim()}\"" : item is ImageItem ? "a picture" : "a rule";
        var by = Math.Max(Math.Max(block.X - ink.X, ink.Right - block.Right), Math.Max(block.Y - ink.Y, ink.Bottom - block.Bottom));
        var more = outside.Count > 1 ? $" (and {outside.Count - 1} more item{(outside.Count > 2 ? "s" : "")})" : "";
        diagnostics.Warning(
            body.Mark?.Source ?? bookSource,
            "outside-text-block",
            string.Create(CultureInfo.InvariantCulture, $"page {PageMap.Label(number)}: {what} reaches {by:0.#} pt outside the text block{more}"));
    }

    private void AddRunningHead(PageBody body, int number, Rect block, ImmutableArray<FrameItem>.Builder items)
    {
        var recto = number % 2 == 1;
        var text = recto ? body.Mark?.Title : bookTitle;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var size = theme.FootnoteSize;
        var baseline = block.Y - (theme.BodyLeading * 1.2);
        var run = RunningHead.Fit(text, block.Width * MaxHeadShare, t => Shape(theme.Fonts.Italic, size, t));
        var x = recto ? block.Right - run.Width : block.X;
        items.Add(GlyphRuns.Place(theme.Fonts.Book, run, new Point(x, baseline), theme.MutedColor, null));
    }

    /// <summary>The page number at the outer foot, an artifact; also for pages set outside the page builder (notes).</summary>
    public GlyphRunItem Folio(int number)
    {
        var block = theme.TextBlock(number);
        var run = Shape(theme.Fonts.Regular, theme.FootnoteSize * 1.1, PageMap.Label(number));
        var recto = number % 2 == 1;
        var x = recto ? block.Right - run.Width : block.X;
        var baseline = block.Bottom + (theme.Margins.Bottom * 0.5);
        return GlyphRuns.Place(theme.Fonts.Book, run, new Point(x, baseline), theme.MutedColor, null);
    }

    // Furniture is set in the primary face only: titles and numbers, no fallback needed.
    private static ShapedRun Shape(FontChain chain, double size, string text) => TextShaper.Shape(chain.Primary, size, text);
}
