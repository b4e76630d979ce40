using System.Collections.Immutable;
using Recap.Frames;
using Recap.Layout.Blocks;
using Recap.Layout.Flow;
using Recap.Layout.Inline;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Phrases;
using ModelInline = Recap.Model.Inline;

namespace Recap.Layout.Booklet;

/// <summary>
/// Sets the short texts of the booklet's own pages (cover, colophon, contents, back cover) with the
/// same paragraph layouter as the body, so they get the same faces, fallback and tagging.
/// </summary>
internal sealed class PageText(LayoutContext context)
{
    public Theme Theme => context.Theme;

    public BookMeta Meta => context.Publication.Meta;

    /// <summary>Recap's own words in the book's language.</summary>
    public PhraseSet Phrases => PhraseSet.For(Meta.Language);

    public IReadOnlyList<LineBox> Lines(string text, ParagraphFormat format, StructureElement element) =>
        Lines([new Text(Meta.Source, text)], format, element);

    public IReadOnlyList<LineBox> Lines(IReadOnlyList<ModelInline> content, ParagraphFormat format, StructureElement element) =>
        context.Paragraphs.Layout(content, format, element);

    /// <summary>A ragged-right, unhyphenated format: display text is never hyphenated.</summary>
    public ParagraphFormat Ragged(double size, double measure, TextWeight weight = TextWeight.Regular, Color? color = null) =>
        new(size, measure) { Weight = weight, Color = color, Alignment = ParagraphAlignment.RaggedRight, Hyphenate = false };

    /// <summary>Places lines one <paramref name="leading"/> apart, the first line's top at <paramref name="top"/>; returns their height.</summary>
    public double Place(IReadOnlyList<LineBox> lines, double size, double leading, double x, double top, ImmutableArray<FrameItem>.Builder items)
    {
        var baseline = Baseline.Of(Theme.Fonts.Regular.Primary, size, leading);
        for (var i = 0; i < lines.Count; i++)
        {
            items.Add(lines[i].At(new Point(x, top + (i * leading) + baseline)));
        }

        return lines.Count * leading;
    }

    /// <summary>The room a page reference keeps between a title and its page number: the leaders start half of it past the title's ink.</summary>
    public double ReferenceGap => Theme.BodySize * 0.6;

    /// <summary>
    /// A page reference after a title's last line (contents, programme): dot leaders from just past the
    /// line's ink (placed at <paramref name="x"/>) to <paramref name="leadersEnd"/>, then the page number in
    /// tabular figures, flush right at the measure and part of the entry's <paramref name="link"/>.
    /// </summary>
    public void PageReference(IEnumerable<GlyphRun> lastLine, double x, double leadersEnd, double baseline, string? page, StructureElement link, ImmutableArray<FrameItem>.Builder items)
    {
        var face = Theme.Fonts.Regular.Primary;
        var size = Theme.BodySize;
        var from = x + TabularFigures.InkEnd(Theme.Fonts.Book, lastLine) + (ReferenceGap / 2);
        if (TabularFigures.Leaders(Theme.Fonts.Book, face, size, from, leadersEnd, size * 0.45, baseline, Theme.MutedColor) is { } leaders)
        {
            items.Add(leaders);
        }

        if (page is not null)
        {
            items.Add(TabularFigures.Set(Theme.Fonts.Book, face, size, page, Theme.Measure, baseline, Theme.TextColor, link));
        }
    }
}
