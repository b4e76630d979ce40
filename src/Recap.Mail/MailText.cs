using System.Globalization;
using Recap.Model;

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
public sealed record MailText(
    string Subject,
    string Thanks,
    string? Description,
    string Enclosed,
    IReadOnlyList<MailAttachment> Attachments,
    IReadOnlyList<ListedTalk> Talks,
    string? Signature)
{
    public const string Greeting = "Hello,";
    public const string TalksHeading = "The talks:";
    public const string Closing = "Best regards,";

    public static MailText From(Publication publication, IReadOnlyList<MailAttachment> attachments)
    {
        var meta = publication.Meta;
        var title = meta.Subtitle is null ? meta.Title : $"{meta.Title}: {meta.Subtitle}";
        return new MailText(
            SubjectFor(meta.Title),
            ThanksFor(meta),
            meta.Description,
            $"Attached is {title}, the write-up of the talks:",
            attachments,
            [.. publication.WriteUps.Where(w => w.Meta.Kind == WriteUpKind.Talk).Select(w => new ListedTalk(w.Meta.Title, Speakers(w.Meta.Speakers)) { Links = w.Meta.Links })],
            meta.Editors.Count == 0 ? null : Join(meta.Editors));
    }

    /// <summary>The title, said to be the recap unless it already says so.</summary>
    public static string SubjectFor(string title) =>
        title.Contains("recap", StringComparison.OrdinalIgnoreCase) ? title : $"{title} — the recap";

    private static string ThanksFor(BookMeta meta)
    {
        var name = meta.Event?.Name;
        if (name is null)
        {
            return "Thank you for coming!";
        }

        var place = string.Join(", ", new[] { meta.Event!.Venue, meta.Event.City }.OfType<string>());
        var where = place.Length == 0 ? "" : $" at {place}";
        var when = meta.Date is { } date ? (where.Length == 0 ? "" : ",") + " on " + date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) : "";
        return $"Thank you for coming to {name}{where}{when}.";
    }

    /// <summary>Speakers joined as the byline joins them, each run sharing an affiliation followed by it once.</summary>
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

            var names = Join([.. speakers.Skip(start).Take(end - start).Select(s => s.Name)]);
            groups.Add(speakers[start].Affiliation is { } affiliation ? $"{names} ({affiliation})" : names);
            start = end;
        }

        return Join(groups);
    }

    private static string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " & " + parts[^1],
    };
}
