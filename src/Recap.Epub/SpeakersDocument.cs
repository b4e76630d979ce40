using Recap.Model;
using Recap.Model.Phrases;
using Recap.Model.Talks;
using Recap.Model.TextRules;

namespace Recap.Epub;

/// <summary>
/// The speakers section after the write-ups: each speaker once, sorted as in the booklet, with
/// photo, name and handle, affiliation, bio, and links back to each of their talks.
/// </summary>
internal static class SpeakersDocument
{
    public const string FileName = "speakers--list.xhtml";
    public const string Id = "speakers";

    public static void Write(Stream stream, BookPlan plan)
    {
        using var writer = XhtmlWriter.Open(stream, plan.Meta.Language, plan.Phrases.Speakers, "../" + BookPlan.Stylesheet);
        var breaks = new PageBreakWriter(writer, plan.Pages);
        var inlines = new InlineRenderer(writer, plan.Links, FileName, breaks);
        writer.Start("section", "speakers");
        writer.EpubType("contributors");
        writer.Attribute("id", Id);
        writer.Attribute("aria-labelledby", Id + "-title");
        writer.NewLine();
        writer.Start("h1");
        writer.Attribute("id", Id + "-title");
        breaks.Start(SectionIds.Speakers);
        writer.Text(plan.Phrases.Speakers);
        writer.End();
        writer.NewLine();
        for (var i = 0; i < plan.Speakers.Count; i++)
        {
            Speaker(writer, inlines, breaks, plan, plan.Speakers[i], i);
            writer.NewLine();
        }

        writer.End();
    }

    private static void Speaker(XhtmlWriter writer, InlineRenderer inlines, PageBreakWriter breaks, BookPlan plan, SpeakerEntry entry, int index)
    {
        var speaker = entry.Speaker;
        writer.Start("section", "speaker");
        writer.Attribute("id", $"speaker-{index + 1}");
        if (speaker.Photo is { } photo)
        {
            writer.Start("img", "speaker-photo");
            writer.Attribute("src", "../" + plan.Images.HrefOf(photo));
            writer.Attribute("alt", $"{plan.Phrases.PhotoOf} {speaker.Name}");
            writer.End();
        }

        writer.Start("h2");
        breaks.Start(SectionIds.Speaker(index));
        SpeakerName.Write(writer, speaker);
        writer.End();
        if (!string.IsNullOrWhiteSpace(speaker.Affiliation))
        {
            writer.Element("p", speaker.Affiliation, "affiliation");
        }

        if (speaker.Bio.Count > 0)
        {
            writer.Start("p", "bio");
            inlines.Write(speaker.Bio);
            writer.End();
        }

        writer.Start("ul", "talks");
        foreach (var talk in entry.Talks)
        {
            writer.Start("li");
            writer.Start("a");
            writer.Attribute("href", plan.Links.Resolve(talk.Id, FileName)!);
            writer.Text(talk.Meta.Title);
            writer.End();
            writer.End();
        }

        writer.End();
        writer.End();
    }
}
