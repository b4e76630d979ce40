using Recap.Model;
using Recap.Model.Phrases;

namespace Recap.Mail;

/// <summary>
/// The words of the follow-up mail, derived from the publication once, so that the plain-text and the
/// HTML body say the same thing and only their markup differs.
/// </summary>
/// <param name="Thanks">The opening sentence, naming the event when the content does.</param>
/// <param name="Description">The book's description, as the content gives it.</param>
/// <param name="Enclosed">The sentence that introduces the attachments.</param>
/// <param name="Talks">Every talk in reading order; forewords and afterwords are not talks.</param>
/// <param name="Signature">The editors, or null when the content names none.</param>
/// <param name="Phrases">The fixed words (greeting, headings, closing) in the book's language.</param>
public sealed record MailText(
    string Subject,
    string Thanks,
    string? Description,
    string Enclosed,
    IReadOnlyList<MailAttachment> Attachments,
    IReadOnlyList<ListedTalk> Talks,
    string? Signature,
    PhraseSet Phrases)
{
    public static MailText From(Publication publication, IReadOnlyList<MailAttachment> attachments)
    {
        var meta = publication.Meta;
        var phrases = PhraseSet.For(meta.Language);
        var title = meta.Subtitle is null ? meta.Title : $"{meta.Title}: {meta.Subtitle}";
        return new MailText(
            SubjectFor(meta.Title, phrases),
            ThanksFor(meta, phrases),
            meta.Description,
            PhraseSet.Fill(phrases.Attached, title),
            attachments,
            [.. publication.WriteUps.Where(w => w.Meta.Kind == WriteUpKind.Talk).Select(w => new ListedTalk(w.Meta.Title, Speakers(w.Meta.Speakers)) { Links = w.Meta.Links })],
            meta.Editors.Count == 0 ? null : Words.BylineList(meta.Editors),
            phrases);
    }

    /// <summary>The title, said to be the recap unless it already says so.</summary>
    public static string SubjectFor(string title, PhraseSet? phrases = null)
    {
        var recap = (phrases ?? PhraseSet.English).TheRecap;
        return title.Contains("recap", StringComparison.OrdinalIgnoreCase) || title.Contains(recap, StringComparison.OrdinalIgnoreCase) ? title : $"{title} — {recap}";
    }

    private static string ThanksFor(BookMeta meta, PhraseSet phrases)
    {
        var name = meta.Event?.Name;
        if (name is null)
        {
            return phrases.Thanks;
        }

        var place = Words.Place(meta.Event);
        var where = place.Length == 0 ? "" : PhraseSet.Fill(phrases.AtPlace, place);
        var when = meta.Date is { } date ? PhraseSet.Fill(phrases.OnDate, phrases.LongDate(date)) : "";
        return PhraseSet.Fill(phrases.ThanksFor, name, where, when);
    }

    /// <summary>Speakers as a byline lists them, each run sharing an affiliation followed by it once.</summary>
    private static string Speakers(IReadOnlyList<Speaker> speakers)
    {
        var groups = new List<string>();
        for (var start = 0; start < speakers.Count;)
        {
            var end = start + 1;
            while (end < speakers.Count && speakers[end].Affiliation == speakers[start].Affiliation)
            {
                end++;
            }

            var names = Words.BylineList([.. speakers.Skip(start).Take(end - start).Select(s => s.Name)]);
            groups.Add(speakers[start].Affiliation is { } affiliation ? $"{names} ({affiliation})" : names);
            start = end;
        }

        return Words.BylineList(groups);
    }
}
