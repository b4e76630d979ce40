using Recap.Model.Phrases;
using Recap.Model.Talks;

namespace Recap.Epub;

/// <summary>
/// The programme after the contents, when any talk has a time: a table of time, room, talk (linked)
/// and speakers in time order, with the date in each row when the talks span more than one day.
/// </summary>
internal static class ProgrammeDocument
{
    public const string FileName = "programme--list.xhtml";
    public const string Id = "programme";

    public static void Write(Stream stream, BookPlan plan)
    {
        var slots = plan.Programme;
        using var writer = XhtmlWriter.Open(stream, plan.Meta.Language, plan.Phrases.Programme, "../" + BookPlan.Stylesheet);
        var breaks = new PageBreakWriter(writer, plan.Pages);
        writer.Start("section", "programme");
        writer.Attribute("id", Id);
        writer.Attribute("aria-labelledby", Id + "-title");
        writer.NewLine();
        writer.Start("h1");
        writer.Attribute("id", Id + "-title");
        breaks.Start(SectionIds.Programme);
        writer.Text(plan.Phrases.Programme);
        writer.End();
        writer.NewLine();
        var days = Model.Talks.Programme.SpansDays(slots, plan.Meta.Date);
        writer.Start("table", "programme");
        writer.Start("thead");
        writer.Start("tr");
        foreach (var heading in new[] { plan.Phrases.Time, plan.Phrases.Room, plan.Phrases.Talk, plan.Phrases.Speakers })
        {
            writer.Start("th");
            writer.Attribute("scope", "col");
            writer.Text(heading);
            writer.End();
        }

        writer.End();
        writer.End();
        writer.Start("tbody");
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            writer.Start("tr");
            var time = days && (slot.When.Date ?? plan.Meta.Date) is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + slot.When.TimeText : slot.When.TimeText;

            // A row holds only cells: a page that begins with the row is marked at the start of its first.
            writer.Start("td", "time");
            breaks.Start(SectionIds.ProgrammeSlot(i));
            writer.Text(time);
            writer.End();
            writer.Element("td", slot.Talk.Meta.Session.Place, "room");
            writer.Start("td", "talk");
            writer.Start("a");
            writer.Attribute("href", plan.Links.Resolve(slot.Talk.Id, FileName)!);
            writer.Text(slot.Talk.Meta.Title);
            writer.End();
            writer.End();
            writer.Element("td", Words.NameList([.. slot.Talk.Meta.Speakers.Select(s => s.Name)]), "speakers");
            writer.End();
            writer.NewLine();
        }

        writer.End();
        writer.End();
        writer.End();
    }
}
