using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Inline;
using Recap.Layout.Pages;

namespace Recap.Layout.Booklet;

/// <summary>
/// A ruled page for the reader's notes, filling the booklet to a multiple of four pages: the
/// heading "Notes" (tagged) and light rules a line of handwriting apart down to the foot of the
/// text block (artifacts). It keeps its folio, so a note can be found again by page; no running head.
/// </summary>
internal sealed class NotesPage(PageText text, PageComposer composer)
{
    private string Title => text.Phrases.Notes;

    private Styles.Theme Theme => text.Theme;

    public Page Compose(int number, StructureElement section)
    {
        var block = Theme.TextBlock(number);
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var size = Theme.H2Size;
        var lines = text.Lines(Title, text.Ragged(size, block.Width, TextWeight.Medium, Theme.AccentColor), section.Add(StructureKind.P));
        var y = block.Y + text.Place(lines, size, size * 1.25, block.X, block.Y, items);
        var stroke = new Stroke(Theme.RuleColor, Theme.BodySize * 0.04);
        for (y += Theme.NotesRuleSpacing; y <= block.Bottom + 0.01; y += Theme.NotesRuleSpacing)
        {
            items.Add(new ShapeItem(ShapePath.Line(new Point(block.X, y), new Point(block.Right, y)), null, stroke, null));
        }

        items.Add(composer.Folio(number));
        return new Page(Theme.Paper, items.ToImmutable(), PageMap.Label(number));
    }
}
