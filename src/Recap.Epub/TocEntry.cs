using Recap.Model;
using Recap.Model.Phrases;

namespace Recap.Epub;

/// <summary>One line of the table of contents: a write-up or one of its <c>##</c> sections.</summary>
/// <param name="Href">Path relative to the package document.</param>
internal sealed record TocEntry(string Title, string Href, IReadOnlyList<TocEntry> Children)
{
    /// <summary>The programme, the write-ups in reading order (each with its level-2 sections), the speakers.</summary>
    public static IReadOnlyList<TocEntry> For(BookPlan plan) =>
        [.. Extra(plan.Phrases.Programme, plan.ProgrammeItem), .. WriteUps(plan), .. Extra(plan.Phrases.Speakers, plan.SpeakersItem)];

    private static IEnumerable<TocEntry> Extra(string title, ManifestItem? item) => item is null ? [] : [new TocEntry(title, item.Href, [])];

    private static IEnumerable<TocEntry> WriteUps(BookPlan plan) =>
        [.. plan.WriteUps.Select(file => new TocEntry(
            Label(file.WriteUp.Meta.Title, file.WriteUp.Slug),
            file.Href,
            [.. file.WriteUp.Body.OfType<Heading>().Where(h => h.Level == 2)
                .Select(h => new TocEntry(Label(InlineText.Plain(h.Content), null), file.Href + "#" + h.Id, []))
                .Where(entry => entry.Title.Length > 0)]))];

    // A navigation entry must have text. A write-up's title is required, so its slug is only a last
    // resort; a heading without text is left out: an internal id never shows to a reader.
    private static string Label(string text, string? fallback)
    {
        var clean = XmlText.Clean(text).Trim();
        return clean.Length > 0 ? clean : fallback ?? "";
    }
}
