using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Inline;
using Recap.Layout.Pages;
using Recap.Model.Phrases;

namespace Recap.Layout.Booklet;

/// <summary>
/// Page 2, the back of the cover: the colophon set small at the foot of the text block: title,
/// event and date, editors, publisher, rights, identifier, the faces and the tool. Lines the
/// content does not give are left out, never invented. No folio.
/// </summary>
internal sealed class ColophonPage(PageText text)
{
    private Styles.Theme Theme => text.Theme;

    public Page Compose(StructureElement section)
    {
        var block = Theme.TextBlock(2);
        var size = Theme.FootnoteSize;
        var leading = Theme.FootnoteLeading;
        var skip = leading * 0.6;
        var paragraphs = Paragraphs()
            .Select(p => text.Lines(p.Text, text.Ragged(size, block.Width, p.Weight, p.Weight == TextWeight.Regular ? Theme.MutedColor : Theme.TextColor), section.Add(StructureKind.P)))
            .ToList();
        var height = paragraphs.Sum(p => p.Count * leading) + (skip * (paragraphs.Count - 1));
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        var y = block.Bottom - height;
        foreach (var lines in paragraphs)
        {
            y += text.Place(lines, size, leading, block.X, y, items) + skip;
        }

        return new Page(Theme.Paper, items.ToImmutable(), PageMap.Label(2));
    }

    private IEnumerable<(string Text, TextWeight Weight)> Paragraphs()
    {
        var meta = text.Meta;
        var phrases = text.Phrases;
        yield return (meta.Subtitle is { } subtitle ? $"{meta.Title}: {subtitle}" : meta.Title, TextWeight.Medium);
        var eventLine = Words.EventLine(meta, phrases);
        if (eventLine.Length > 0)
        {
            yield return (PhraseSet.Fill(phrases.TalksGivenAt, eventLine), TextWeight.Regular);
        }

        if (meta.Editors.Count > 0)
        {
            yield return ($"{phrases.EditedBy} {Words.NameList(meta.Editors, phrases)}" + ".", TextWeight.Regular);
        }

        if (meta.Publisher is { } publisher)
        {
            yield return (PhraseSet.Fill(phrases.PublishedBy, publisher), TextWeight.Regular);
        }

        if (meta.Rights is { } rights)
        {
            yield return (rights, TextWeight.Regular);
        }

        yield return ($"{phrases.Identifier}: {meta.Identifier}", TextWeight.Regular);
        // The theme's credit is written in one language (English in the default theme); a book in
        // another language names the families in its own words instead.
        if (!string.IsNullOrWhiteSpace(Theme.FontCredit) && phrases.Language == PhraseSet.English.Language)
        {
            yield return (Theme.FontCredit, TextWeight.Regular);
        }
        else if (!string.IsNullOrWhiteSpace(Theme.FontCredit))
        {
            var families = new[] { Theme.Fonts.Regular, Theme.Fonts.Mono }.Select(chain => chain.Primary.FamilyName).Distinct(StringComparer.Ordinal).ToList();
            yield return ($"{phrases.SetIn} {Words.NameList(families, phrases)}.", TextWeight.Regular);
        }

        yield return (phrases.SetWith, TextWeight.Regular);
    }
}
