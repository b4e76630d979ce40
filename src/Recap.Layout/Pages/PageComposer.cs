using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Flow;
using Recap.Layout.Styles;

namespace Recap.Layout.Pages;

/// <summary>
/// Turns page bodies into frames: the text block's boxes at the page's margins (inner and outer
/// swap between rectos and versos), the footnotes at the foot of the text block under a short
/// rule, and the furniture, all artifacts: a running head (verso: the book's title; recto: the
/// write-up's title) and the folio at the outer foot. Openers and blank pages carry neither.
/// </summary>
public sealed class PageComposer(Theme theme, string bookTitle)
{
    public Page Compose(PageBody body, int number)
    {
        var block = theme.TextBlock(number);
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        foreach (var placed in body.Boxes)
        {
            items.Add(new GroupItem(new Point(block.X, block.Y + placed.Y), placed.Box.Items));
        }

        AddFootnotes(body, block, items);
        if (!body.IsBlank && !body.Opens)
        {
            AddRunningHead(body, number, block, items);
            items.Add(Folio(number));
        }

        return new Page(theme.Paper, items.ToImmutable(), PageMap.Label(number));
    }

    private void AddFootnotes(PageBody body, Rect block, ImmutableArray<FrameItem>.Builder items)
    {
        if (body.Footnotes.IsEmpty)
        {
            return;
        }

        var height = body.Footnotes.Sum(n => n.Height);
        var y = block.Bottom - height;
        var ruleY = y - (theme.FootnoteLeading * 0.5);
        items.Add(new ShapeItem(
            ShapePath.Line(new Point(block.X, ruleY), new Point(block.X + (block.Width * 0.3), ruleY)),
            null,
            new Stroke(theme.RuleColor, 0.5),
            null));
        foreach (var note in body.Footnotes)
        {
            items.Add(new GroupItem(new Point(block.X, y), note.Items));

            y += note.Height;
        }
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
        var run = Shape(theme.Fonts.Italic, size, text);
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
